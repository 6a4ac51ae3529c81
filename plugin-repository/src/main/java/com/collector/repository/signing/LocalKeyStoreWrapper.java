package com.collector.repository.signing;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * Wraps data keys with an RSA key in a PKCS#12 file, generated on first use (see {@link
 * LocalKeyStore} for the file pair and its permissions). One file holds one key: to rotate, keep
 * the old wrapper in a {@link KeyWrapperRing} behind a new one.
 */
public final class LocalKeyStoreWrapper implements KeyWrapper {

  private static final String TRANSFORMATION = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";

  /**
   * Spelled out because the JDK's default for this transformation is MGF1 with SHA-1, which Key
   * Vault's RSA-OAEP-256 does not use: the bytes would not be interchangeable.
   */
  private static final OAEPParameterSpec RSA_OAEP_256 =
      new OAEPParameterSpec(
          "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

  private static final String SUBJECT = "CN=Collector Portal key wrapping";

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String keyId;

  private LocalKeyStoreWrapper(LocalKeyStore.Entry entry) {
    this.privateKey = entry.privateKey();
    this.publicKey = entry.certificate().getPublicKey();
    this.keyId = KeyIds.of(publicKey);
  }

  /** Loads {@code <directory>/<name>.p12}, creating an RSA 3072 key when it does not exist yet. */
  public static LocalKeyStoreWrapper openOrCreate(Path directory, String name) {
    return new LocalKeyStoreWrapper(LocalKeyStore.openOrCreate(directory, name, SUBJECT));
  }

  @Override
  public String keyId() {
    return keyId;
  }

  /** The public half: anyone holding it can wrap for this key, only this key unwraps. */
  public PublicKey publicKey() {
    return publicKey;
  }

  @Override
  public byte[] wrap(byte[] dataKey) {
    Objects.requireNonNull(dataKey, "dataKey");
    try {
      return cipher(Cipher.ENCRYPT_MODE, publicKey).doFinal(dataKey);
    } catch (GeneralSecurityException e) {
      throw new KeyWrappingException("Wrapping a data key failed with key " + keyId, e);
    }
  }

  @Override
  public byte[] unwrap(String keyId, byte[] wrapped) {
    Objects.requireNonNull(wrapped, "wrapped");
    if (!this.keyId.equals(keyId)) {
      throw new KeyWrappingException(
          "The data key was wrapped by key " + keyId + ", not by this key store's " + this.keyId,
          null);
    }
    try {
      return cipher(Cipher.DECRYPT_MODE, privateKey).doFinal(wrapped);
    } catch (GeneralSecurityException e) {
      throw new KeyWrappingException(
          "The wrapped data key does not unwrap with key " + keyId + ": changed or not ours", e);
    }
  }

  private static Cipher cipher(int mode, Key key) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key, RSA_OAEP_256);
    return cipher;
  }
}
