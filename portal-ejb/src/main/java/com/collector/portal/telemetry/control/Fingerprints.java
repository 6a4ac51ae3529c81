package com.collector.portal.telemetry.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups application errors: the same exception type thrown from the same top frames is one group,
 * whatever the message, line numbers, generated names or memory addresses of the occurrence.
 */
public final class Fingerprints {

  static final int TOP_FRAMES = 5;

  private static final Pattern FRAME = Pattern.compile("^\\s*at\\s+(.+)$");
  private static final Pattern LOCATION =
      Pattern.compile("\\s+in\\s+.*$|\\s*\\((?:[^()]*)\\)\\s*$");
  private static final Pattern GENERATED =
      Pattern.compile("<[^>]*>[a-z]__\\w*|\\$\\$Lambda\\$?[\\w/]*|\\b\\d+\\b|0x[0-9a-fA-F]+");

  private Fingerprints() {}

  /** The normalized top frames of {@code stackTrace} (.NET or Java style), one per line. */
  public static String topFrames(String stackTrace) {
    List<String> frames = new ArrayList<>(TOP_FRAMES);
    if (stackTrace != null) {
      // Line by line and only as far as the top frames: a trace may be 16 000 characters long.
      Iterator<String> lines = stackTrace.lines().iterator();
      while (frames.size() < TOP_FRAMES && lines.hasNext()) {
        var frame = FRAME.matcher(lines.next());
        if (frame.matches()) {
          String method = LOCATION.matcher(frame.group(1).strip()).replaceAll("");
          frames.add(GENERATED.matcher(method).replaceAll("#"));
        }
      }
    }
    return String.join("\n", frames);
  }

  /** The group of an error: SHA-256 (hex, 32 characters) of its type and normalized top frames. */
  public static String of(String exceptionType, String topFrames) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((exceptionType.strip() + "\n" + topFrames).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
