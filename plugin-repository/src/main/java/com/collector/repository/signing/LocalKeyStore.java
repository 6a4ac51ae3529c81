package com.collector.repository.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An RSA 3072 key pair in a PKCS#12 file, generated on first use, for the local {@link Signer} and
 * {@link KeyWrapper}. The store's password is random and kept beside it, readable by the owner
 * only: the file pair is as secret as the key itself. PKCS#12 keeps a private key only with a
 * certificate, so the key comes with a self-signed one.
 */
final class LocalKeyStore {

  /** The private key and the self-signed certificate of its public key. */
  record Entry(PrivateKey privateKey, X509Certificate certificate) {}

  private static final String ALIAS = "key";
  private static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(3650);

  private LocalKeyStore() {}

  /**
   * Loads {@code <directory>/<name>.p12}, creating the key pair and a self-signed certificate for
   * {@code subject} when the file does not exist yet.
   */
  static Entry openOrCreate(Path directory, String name, String subject) {
    Path store = directory.resolve(name + ".p12");
    Path passwordFile = directory.resolve(name + ".password");
    try {
      if (!Files.exists(store)) {
        create(directory, store, passwordFile, subject);
      }
      return load(store, passwordFile);
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new SigningException("Cannot open or create the key store " + store, e);
    }
  }

  private static void create(Path directory, Path store, Path passwordFile, String subject)
      throws IOException, GeneralSecurityException, OperatorCreationException {
    Files.createDirectories(directory);
    try {
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data directory's ACL is the operator's responsibility.
    }
    SecureRandom random = new SecureRandom();
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(3072, random);
    KeyPair pair = generator.generateKeyPair();
    X509Certificate certificate = selfSigned(pair, subject, random);
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(null, null);
    keyStore.setKeyEntry(ALIAS, pair.getPrivate(), password, new X509Certificate[] {certificate});
    writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
    Path temporary = store.resolveSibling(store.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      keyStore.store(out, password);
    }
    restrictToOwner(temporary);
    // The rename makes the store appear whole or not at all, even if the process dies mid-way.
    Files.move(temporary, store, StandardCopyOption.ATOMIC_MOVE);
  }

  private static X509Certificate selfSigned(KeyPair pair, String subject, SecureRandom random)
      throws GeneralSecurityException, OperatorCreationException {
    X500Name name = new X500Name(subject);
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            new BigInteger(64, random),
            Date.from(now.minus(Duration.ofMinutes(5))),
            Date.from(now.plus(CERTIFICATE_VALIDITY)),
            name,
            pair.getPublic());
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
  }

  private static Entry load(Path store, Path passwordFile)
      throws IOException, GeneralSecurityException {
    char[] password = Files.readString(passwordFile, StandardCharsets.UTF_8).trim().toCharArray();
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keyStore.load(in, password);
    }
    return new Entry(
        (PrivateKey) keyStore.getKey(ALIAS, password),
        (X509Certificate) keyStore.getCertificate(ALIAS));
  }

  private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    Files.write(file, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    restrictToOwner(file);
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data directory's ACL is the operator's responsibility.
    }
  }
}
