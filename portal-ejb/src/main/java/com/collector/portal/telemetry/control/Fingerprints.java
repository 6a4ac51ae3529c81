package com.collector.portal.telemetry.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * Normalized frames by the line they came from: the same frames recur error after error, and
   * normalizing one takes three regular expressions. Emptied when full, to stay bounded.
   */
  private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();

  /** Fingerprints by type and frames: the same errors recur, and each costs a SHA-256. */
  private static final Map<String, String> GROUPS = new ConcurrentHashMap<>();

  private static final int MOST_REMEMBERED = 10_000;

  private Fingerprints() {}

  /** The normalized top frames of {@code stackTrace} (.NET or Java style), one per line. */
  public static String topFrames(String stackTrace) {
    List<String> frames = new ArrayList<>(TOP_FRAMES);
    if (stackTrace != null) {
      // Line by line and only as far as the top frames: a trace may be 16 000 characters long.
      Iterator<String> lines = stackTrace.lines().iterator();
      while (frames.size() < TOP_FRAMES && lines.hasNext()) {
        String line = lines.next();
        if (line.strip().startsWith("at")) {
          String frame = NORMALIZED.get(line);
          if (frame == null) {
            frame = normalized(line);
            remember(NORMALIZED, line, frame);
          }
          if (!frame.isEmpty()) {
            frames.add(frame);
          }
        }
      }
    }
    return String.join("\n", frames);
  }

  /** The frame of {@code line} without location and generated parts; empty if it is no frame. */
  private static String normalized(String line) {
    var frame = FRAME.matcher(line);
    if (!frame.matches()) {
      return "";
    }
    String method = LOCATION.matcher(frame.group(1).strip()).replaceAll("");
    return GENERATED.matcher(method).replaceAll("#");
  }

  /** The group of an error: SHA-256 (hex, 32 characters) of its type and normalized top frames. */
  public static String of(String exceptionType, String topFrames) {
    String group = exceptionType.strip() + "\n" + topFrames;
    String known = GROUPS.get(group);
    if (known != null) {
      return known;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(group.getBytes(StandardCharsets.UTF_8));
      String fingerprint = HexFormat.of().formatHex(digest, 0, 16);
      remember(GROUPS, group, fingerprint);
      return fingerprint;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void remember(Map<String, String> memory, String key, String value) {
    if (memory.size() >= MOST_REMEMBERED) {
      memory.clear();
    }
    memory.put(key, value);
  }
}
