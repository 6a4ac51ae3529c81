package com.collector.client;

import com.collector.repository.clickonce.signing.ManifestVerificationException;
import com.collector.repository.clickonce.signing.ManifestVerifier;
import com.collector.repository.clickonce.signing.StrongNameKeys;
import com.collector.repository.clickonce.signing.VerifiedManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;

/**
 * {@code verify-clickonce <url-or-file>}: checks a ClickOnce manifest's signatures as the ClickOnce
 * runtime does (the portal's deployment manifest, or any manifest signed the mansign2 way).
 */
public final class ClickOnceCheck {

  /** A manifest larger than this is not one. */
  static final int MAX_BYTES = 16 << 20;

  private ClickOnceCheck() {}

  /**
   * Verifies the manifest at {@code source} (an http(s) URL or a file), printing identity,
   * publisher and publicKeyToken to {@code out}, or the reason to {@code err}.
   *
   * @return 0 verified, 3 refused
   * @throws IOException when the source cannot be read (exit code 1 on the command line)
   */
  public static int run(String source, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    byte[] manifest = read(source);
    try {
      VerifiedManifest verified = new ManifestVerifier().verify(manifest);
      out.println("verified " + verified.identity().name() + " " + verified.identity().version());
      out.println("publisher " + verified.certificate().getSubjectX500Principal().getName());
      out.println(
          "publicKeyToken "
              + StrongNameKeys.publicKeyToken(
                  (RSAPublicKey) verified.certificate().getPublicKey()));
      verified.timestamp().ifPresent(time -> out.println("timestamp " + time));
      return 0;
    } catch (ManifestVerificationException e) {
      err.println("refused: " + e.getMessage());
      return 3;
    }
  }

  private static byte[] read(String source) throws IOException, InterruptedException {
    if (source.startsWith("http://") || source.startsWith("https://")) {
      HttpClient http =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(source)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException(source + " answered " + response.statusCode());
      }
      return limited(response.body(), source);
    }
    Path file = Path.of(source);
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException(source + " is larger than a manifest can be");
    }
    return Files.readAllBytes(file);
  }

  private static byte[] limited(byte[] bytes, String source) throws IOException {
    if (bytes.length > MAX_BYTES) {
      throw new IOException(source + " is larger than a manifest can be");
    }
    return bytes;
  }
}
