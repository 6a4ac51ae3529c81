package com.collector.repository.rollout;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Decides deterministically whether an installation is inside a release's staged rollout.
 *
 * <p>Each (release, installation) pair gets a stable bucket 0..9999 from SHA-256 of the release key
 * and the installation id. An installation is included when its bucket is below {@code percent *
 * 100}. So raising the percentage never drops an installation that was already included (the
 * threshold only grows), every server and restart decides the same, and because the release key is
 * hashed in, different releases pick independent sets of installations (the same machines are not
 * always the guinea pigs).
 *
 * <p>The release key must identify the release stably, for example {@code "<product>@<version>"};
 * changing it reshuffles that release's buckets.
 */
public final class Rollout {

  /** Number of buckets; one bucket is 0.01 %. */
  public static final int BUCKETS = 10_000;

  /**
   * Number of rings: a ring is the whole percent an installation's bucket falls in, 0..99, the
   * granularity of a rollout percentage. {@code includes(id, key, p)} holds exactly when {@code
   * admits(ring(id, key), p)}.
   */
  public static final int RINGS = 100;

  private Rollout() {}

  /**
   * Whether the installation gets the release at {@code percent} (0..100): 0 means nobody, 100
   * everybody.
   *
   * @throws IllegalArgumentException when {@code percent} is outside 0..100
   */
  public static boolean includes(String installationId, String releaseKey, int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be 0..100, was " + percent);
    }
    return bucket(installationId, releaseKey) < percent * (BUCKETS / 100);
  }

  /**
   * The installation's ring for {@code releaseKey}, 0..99: {@code bucket / 100}. A key shared by
   * several releases (as the app's product code is) puts each installation in the same ring for all
   * of them, so the same installations go first every time.
   */
  public static int ring(String installationId, String releaseKey) {
    return bucket(installationId, releaseKey) / (BUCKETS / RINGS);
  }

  /**
   * Whether a release at {@code percent} (0..100) reaches ring {@code ring} (0..99): the rule of
   * {@link #includes}, so raising the percentage never drops a ring.
   */
  public static boolean admits(int ring, int percent) {
    if (ring < 0 || ring >= RINGS) {
      throw new IllegalArgumentException("ring must be 0..99, was " + ring);
    }
    return ring < percent;
  }

  /**
   * The installation's bucket for this release, 0..9999: stable across runs and machines. Exposed
   * for diagnostics ("at which percentage will this installation get it": {@code bucket / 100 +
   * 1}).
   */
  public static int bucket(String installationId, String releaseKey) {
    Objects.requireNonNull(installationId, "installationId");
    Objects.requireNonNull(releaseKey, "releaseKey");
    byte[] key = releaseKey.getBytes(StandardCharsets.UTF_8);
    byte[] id = installationId.getBytes(StandardCharsets.UTF_8);
    // The length prefix keeps ("ab", "c") and ("a", "bc") apart.
    ByteBuffer input = ByteBuffer.allocate(4 + key.length + id.length);
    input.putInt(key.length).put(key).put(id);
    byte[] digest = sha256().digest(input.array());
    long value = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    // Bias of 2^64 mod 10000 over 2^64 is negligible (< 1e-15).
    return (int) Long.remainderUnsigned(value, BUCKETS);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
