package com.collector.repository.clickonce.signing;

import com.collector.repository.signing.Signer;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A root CA, an intermediate CA and publishers they issue, for chains that are not self-signed. */
final class TestPki {

  /** A certificate with its key. */
  record Issued(X509Certificate certificate, PrivateKey key) implements Signer {

    @Override
    public String keyId() {
      return certificate.getSerialNumber().toString(16);
    }

    @Override
    public String jwsAlgorithm() {
      return "RS256";
    }

    @Override
    public byte[] sign(byte[] data) {
      try {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(data);
        return rsa.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public PublicKey publicKey() {
      return certificate.getPublicKey();
    }
  }

  private static long serial = 100;

  private TestPki() {}

  static Issued root(String subject) throws Exception {
    KeyPair key = rsa();
    return new Issued(
        certificate(subject, key.getPublic(), subject, key.getPrivate(), true), key.getPrivate());
  }

  static Issued issue(Issued issuer, String subject, boolean ca) throws Exception {
    KeyPair key = rsa();
    String issuerName = issuer.certificate().getSubjectX500Principal().getName();
    return new Issued(
        certificate(subject, key.getPublic(), issuerName, issuer.key(), ca), key.getPrivate());
  }

  private static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static synchronized X509Certificate certificate(
      String subject, PublicKey key, String issuer, PrivateKey issuerKey, boolean ca)
      throws Exception {
    Instant now = Instant.now();
    var holder =
        new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(serial++),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))),
                new X500Name(subject),
                key)
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey));
    return new JcaX509CertificateConverter().getCertificate(holder);
  }
}
