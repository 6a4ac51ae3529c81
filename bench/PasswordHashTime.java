import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Times one PBKDF2-HMAC-SHA256 hash exactly as the portal's PasswordHasher derives it (16-byte
 * random salt, 256-bit key, a fresh SecretKeyFactory each time), after a JIT warm-up, and the
 * hashes/s that two threads reach together. Usage: java bench/PasswordHashTime.java [iterations]
 * Prints one line: "median_ms=<x> mean_ms=<y> min_ms=<z> parallel2_per_s=<w>".
 */
public class PasswordHashTime {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 210_000;
    for (int i = 0; i < 8; i++) {
      hash(iterations);
    }
    int rounds = 20;
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      hash(iterations);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    double median = (sorted[rounds / 2 - 1] + sorted[rounds / 2]) / 2;
    double mean = Arrays.stream(ms).average().orElseThrow();

    // Two threads hashing side by side: what 2 cores really give (shared caches, SMT, neighbours).
    int perThread = 10;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    hash(iterations);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          java.util.Locale.ROOT,
          "median_ms=%.1f mean_ms=%.1f min_ms=%.1f parallel2_per_s=%.2f%n",
          median,
          mean,
          sorted[0],
          2 * perThread / seconds);
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] hash(int iterations) throws Exception {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    KeySpec spec = new PBEKeySpec("Bench-password-123".toCharArray(), salt, iterations, 256);
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
  }
}
