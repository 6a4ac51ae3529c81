package com.collector.repository.clickonce.signing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** The .NET strong-name derivations of an RSA key that ClickOnce manifests carry. */
public final class StrongNameKeys {

  private static final int CALG_RSA_SIGN = 0x2400;
  private static final int CALG_SHA1 = 0x8004;
  private static final byte PUBLICKEYBLOB = 0x06;
  private static final byte CUR_BLOB_VERSION = 0x02;
  private static final int RSA1_MAGIC = 0x31415352; // "RSA1" read little-endian

  private StrongNameKeys() {}

  /**
   * The {@code assemblyIdentity/@publicKeyToken}: the last 8 bytes, reversed, of SHA-1 over the
   * strong-name public-key blob, as lower-case hex.
   */
  public static String publicKeyToken(RSAPublicKey key) {
    byte[] hash = sha1(strongNameBlob(key));
    byte[] token = new byte[8];
    for (int i = 0; i < 8; i++) {
      token[i] = hash[hash.length - 1 - i];
    }
    return HexFormat.of().formatHex(token);
  }

  /**
   * The {@code publisherIdentity/@issuerKeyHash}: SHA-1 over the PKCS#1 {@code RSAPublicKey} DER of
   * the issuing certificate's key (a self-signed certificate is its own issuer).
   */
  public static String issuerKeyHash(X509Certificate issuerOrSelf) {
    return HexFormat.of().formatHex(sha1(pkcs1(issuerOrSelf.getPublicKey())));
  }

  /** The key's PKCS#1 {@code RSAPublicKey} DER, the bit string inside its SubjectPublicKeyInfo. */
  static byte[] pkcs1(PublicKey key) {
    return SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes();
  }

  /** {@code PublicKeyBlob}: algorithm ids and length, then a CryptoAPI PUBLICKEYBLOB. */
  static byte[] strongNameBlob(RSAPublicKey key) {
    byte[] modulus = unsigned(key.getModulus());
    ByteBuffer capi = ByteBuffer.allocate(20 + modulus.length).order(ByteOrder.LITTLE_ENDIAN);
    capi.put(PUBLICKEYBLOB).put(CUR_BLOB_VERSION).putShort((short) 0).putInt(CALG_RSA_SIGN);
    capi.putInt(RSA1_MAGIC).putInt(key.getModulus().bitLength());
    capi.putInt(key.getPublicExponent().intValueExact());
    for (int i = modulus.length - 1; i >= 0; i--) {
      capi.put(modulus[i]); // CryptoAPI stores the modulus little-endian
    }
    ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(CALG_RSA_SIGN).putInt(CALG_SHA1).putInt(capi.capacity());
    ByteArrayOutputStream blob = new ByteArrayOutputStream();
    blob.writeBytes(header.array());
    blob.writeBytes(capi.array());
    return blob.toByteArray();
  }

  /** Big-endian magnitude without the sign byte {@link BigInteger#toByteArray()} may add. */
  static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return bytes;
  }

  private static byte[] sha1(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}
