package com.collector.repository.signing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * Self-signed certificates for keys whose private half stays remote: the certificate is signed
 * through {@link Signer#sign(byte[])}. Everything in it derives from the key and its creation time,
 * and RSA PKCS#1 v1.5 signatures are deterministic, so it comes out the same every time.
 */
final class KeyVaultCertificates {

  private static final Duration VALIDITY = Duration.ofDays(3650);

  private KeyVaultCertificates() {}

  static X509Certificate selfSigned(KeyVaultSigner signer, OffsetDateTime created) {
    if (created == null) {
      throw new SigningException(
          "Key Vault did not say when " + signer.vaultKeyId() + " was made", null);
    }
    X500Name name = new X500Name("CN=Key Vault key " + signer.keyId());
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            serial(signer),
            Date.from(created.toInstant()),
            Date.from(created.toInstant().plus(VALIDITY)),
            name,
            signer.publicKey());
    try {
      return new JcaX509CertificateConverter().getCertificate(builder.build(new Remote(signer)));
    } catch (CertificateException e) {
      throw new SigningException("Cannot make a certificate for " + signer.vaultKeyId(), e);
    }
  }

  private static BigInteger serial(Signer signer) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(signer.publicKey().getEncoded());
      return new BigInteger(1, Arrays.copyOf(digest, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Collects the to-be-signed bytes and has the signer sign them. */
  private static final class Remote implements ContentSigner {
    private final Signer signer;
    private final ByteArrayOutputStream content = new ByteArrayOutputStream();

    Remote(Signer signer) {
      this.signer = signer;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
      return new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withRSA");
    }

    @Override
    public OutputStream getOutputStream() {
      return content;
    }

    @Override
    public byte[] getSignature() {
      return signer.sign(content.toByteArray());
    }
  }
}
