package com.collector.repository.signing;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

/**
 * Signs with an RSA key in a PKCS#12 file, generated on first use (see {@link LocalKeyStore} for
 * the file pair and its permissions).
 */
public final class LocalKeyStoreSigner implements Signer {

  private final PrivateKey privateKey;
  private final X509Certificate certificate;
  private final String keyId;

  private LocalKeyStoreSigner(LocalKeyStore.Entry entry) {
    this.privateKey = entry.privateKey();
    this.certificate = entry.certificate();
    this.keyId = KeyIds.of(certificate.getPublicKey());
  }

  /**
   * Loads {@code <directory>/<name>.p12}, creating the key pair and a self-signed certificate for
   * {@code subject} when the file does not exist yet.
   */
  public static LocalKeyStoreSigner openOrCreate(Path directory, String name, String subject) {
    return new LocalKeyStoreSigner(LocalKeyStore.openOrCreate(directory, name, subject));
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public String jwsAlgorithm() {
    return "RS256";
  }

  @Override
  public byte[] sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(privateKey);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new SigningException("Signing failed with key " + keyId, e);
    }
  }

  @Override
  public PublicKey publicKey() {
    return certificate.getPublicKey();
  }

  @Override
  public X509Certificate certificate() {
    return certificate;
  }
}
