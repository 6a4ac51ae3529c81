package com.collector.repository.signing;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.AzureException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.security.keyvault.certificates.CertificateClient;
import com.azure.security.keyvault.certificates.CertificateClientBuilder;
import com.azure.security.keyvault.certificates.models.KeyVaultCertificate;
import com.azure.security.keyvault.keys.KeyClient;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.models.KeyVaultKeyIdentifier;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A code-signing certificate kept in Azure Key Vault — typically issued by a CA and imported — with
 * its private key in the vault: the certificate is the vault certificate's {@code cer}, signatures
 * (RS256) come from the vault key of the same name, the certificate's {@code kid}, pinned to the
 * certificate version current when opened. Each signature is verified locally with the
 * certificate's public key, so a key that does not match the certificate never signs anything.
 *
 * <p>Key Vault returns the leaf certificate only; its issuers (leaf-most first, the root optional)
 * are given when opening, and each must have issued the certificate before it.
 */
public final class KeyVaultCertificateSigner implements Signer {

  private static final String ALGORITHM = "RS256";

  private final KeyVaultCertificate vaultCertificate;
  private final X509Certificate certificate;
  private final List<X509Certificate> issuers;
  private final CryptographyClient cryptography;
  private final String keyId;

  private KeyVaultCertificateSigner(
      KeyVaultCertificate vaultCertificate,
      X509Certificate certificate,
      List<X509Certificate> issuers,
      CryptographyClient cryptography) {
    this.vaultCertificate = vaultCertificate;
    this.certificate = certificate;
    this.issuers = List.copyOf(issuers);
    this.cryptography = cryptography;
    this.keyId = KeyIds.of(certificate.getPublicKey());
  }

  /**
   * A certificate client builder for the vault at {@code vaultUrl}, authenticating with {@code
   * credential}; callers may still set an HTTP client or options.
   */
  public static CertificateClientBuilder vault(String vaultUrl, TokenCredential credential) {
    return new CertificateClientBuilder().vaultUrl(vaultUrl).credential(credential);
  }

  /**
   * Production: the latest version of certificate {@code name}, with {@code DefaultAzureCredential}
   * — managed identity on Azure, environment or CLI login elsewhere.
   */
  public static KeyVaultCertificateSigner open(
      String vaultUrl, String name, List<X509Certificate> issuers) {
    TokenCredential credential = new DefaultAzureCredentialBuilder().build();
    return open(
        vault(vaultUrl, credential).buildClient(),
        KeyVaultSigner.vault(vaultUrl, credential).buildClient(),
        name,
        issuers);
  }

  /**
   * The latest version of certificate {@code name} from {@code certificates}, signing with its key
   * through {@code keys} (a client of the same vault).
   *
   * @throws SigningException if the vault has no such certificate, it is not RSA, or an issuer did
   *     not issue the certificate before it
   */
  public static KeyVaultCertificateSigner open(
      CertificateClient certificates, KeyClient keys, String name, List<X509Certificate> issuers) {
    KeyVaultCertificate bundle;
    try {
      bundle = certificates.getCertificate(name);
    } catch (ResourceNotFoundException e) {
      throw new SigningException("Key Vault has no certificate named " + name, e);
    } catch (AzureException | UncheckedIOException e) {
      throw new SigningException("Cannot open Key Vault certificate " + name, e);
    }
    X509Certificate certificate = parse(bundle);
    if (!(certificate.getPublicKey() instanceof RSAPublicKey)) {
      throw new SigningException(
          "Key Vault certificate " + bundle.getId() + " has no RSA key: RS256 needs one", null);
    }
    checkChain(certificate, issuers);
    if (bundle.getKeyId() == null) {
      throw new SigningException("Key Vault certificate " + bundle.getId() + " names no key", null);
    }
    KeyVaultKeyIdentifier key = new KeyVaultKeyIdentifier(bundle.getKeyId());
    return new KeyVaultCertificateSigner(
        bundle, certificate, issuers, keys.getCryptographyClient(key.getName(), key.getVersion()));
  }

  private static X509Certificate parse(KeyVaultCertificate bundle) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(bundle.getCer()));
    } catch (CertificateException | RuntimeException e) {
      throw new SigningException(
          "Key Vault certificate " + bundle.getId() + " is not an X.509 certificate", e);
    }
  }

  private static void checkChain(X509Certificate certificate, List<X509Certificate> issuers) {
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(certificate);
    chain.addAll(issuers);
    for (int i = 1; i < chain.size(); i++) {
      X509Certificate subject = chain.get(i - 1);
      X509Certificate issuer = chain.get(i);
      try {
        subject.verify(issuer.getPublicKey());
      } catch (GeneralSecurityException e) {
        throw new SigningException(
            issuer.getSubjectX500Principal()
                + " did not issue "
                + subject.getSubjectX500Principal()
                + ": give the issuers leaf-most first",
            e);
      }
    }
  }

  /** The vault's identifier of the certificate version, {@code https://<vault>/certificates/..}. */
  public String vaultCertificateId() {
    return vaultCertificate.getId();
  }

  /**
   * The vault's identifier of the key that signs, {@code https://<vault>/keys/<name>/<version>}.
   */
  public String vaultKeyId() {
    return vaultCertificate.getKeyId();
  }

  /** The certificates above {@link #certificate()}, leaf-most first, as given when opening. */
  public List<X509Certificate> issuers() {
    return issuers;
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public String jwsAlgorithm() {
    return ALGORITHM;
  }

  /** Signs remotely; the signature is checked against the certificate before it is returned. */
  @Override
  public byte[] sign(byte[] data) {
    return RemoteSignatures.signChecked(
        cryptography,
        certificate.getPublicKey(),
        data,
        vaultKeyId(),
        () ->
            "The signature of Key Vault key "
                + vaultKeyId()
                + " does not verify with certificate "
                + vaultCertificateId());
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
