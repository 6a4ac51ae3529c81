package com.collector.repository.signing;

import com.azure.core.exception.AzureException;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.cryptography.models.SignatureAlgorithm;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.function.Supplier;

/** RS256 signatures made in Key Vault, checked locally before anyone relies on them. */
final class RemoteSignatures {

  private RemoteSignatures() {}

  /**
   * Signs the SHA-256 of {@code data} with the vault key behind {@code cryptography} and returns
   * the signature once it verifies with {@code publicKey}; otherwise fails with {@code mismatch}.
   */
  static byte[] signChecked(
      CryptographyClient cryptography,
      PublicKey publicKey,
      byte[] data,
      String vaultKeyId,
      Supplier<String> mismatch) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
      byte[] signature = cryptography.sign(SignatureAlgorithm.RS256, digest).getSignature();
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(publicKey);
      verifier.update(data);
      if (!verifier.verify(signature)) {
        throw new SigningException(mismatch.get(), null);
      }
      return signature;
    } catch (GeneralSecurityException | AzureException | UncheckedIOException e) {
      throw new SigningException("Signing failed with Key Vault key " + vaultKeyId, e);
    }
  }
}
