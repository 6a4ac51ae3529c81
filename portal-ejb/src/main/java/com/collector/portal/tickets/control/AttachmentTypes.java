package com.collector.portal.tickets.control;

import com.collector.portal.platform.boundary.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of file a ticket takes, and a check that the first bytes are what the declared type
 * says: a "PDF" that is an executable, or an "image" that is HTML, is refused rather than handed to
 * the next reader's browser.
 */
public final class AttachmentTypes {

  /** How many leading bytes the check needs. */
  public static final int HEAD = 8192;

  private static final Map<String, List<byte[]>> MAGIC =
      Map.of(
          "image/png", List.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
          "image/jpeg", List.of(bytes(0xFF, 0xD8, 0xFF)),
          "image/gif", List.of(ascii("GIF87a"), ascii("GIF89a")),
          "application/pdf", List.of(ascii("%PDF-")),
          "application/zip", List.of(bytes('P', 'K', 3, 4), bytes('P', 'K', 5, 6)));

  private static final Set<String> TEXT =
      Set.of("text/plain", "text/csv", "application/json", "application/xml", "text/xml");

  /** Types by file name ending, for browsers that announce a file as octet-stream (a .log). */
  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("txt", "text/plain"),
          Map.entry("log", "text/plain"),
          Map.entry("csv", "text/csv"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("config", "application/xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"));

  private AttachmentTypes() {}

  /**
   * The type to check a file against: the declared one, or, when the sender did not know (none, or
   * {@code application/octet-stream}), the one its name's ending stands for.
   */
  public static String declared(String contentType, String fileName) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (type.startsWith("text/") && !TEXT.contains(type)) {
      // text/x-log and the like: checked and kept as plain text.
      return "text/plain";
    }
    if (!type.isEmpty() && !type.equals("application/octet-stream")) {
      return type;
    }
    int dot = fileName.lastIndexOf('.');
    String ending = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(ending, type);
  }

  /**
   * The media type (without parameters, lower case) if {@code head}, the first bytes of the file,
   * fit it; otherwise a 400 naming {@code contentType}.
   */
  public static String check(String declared, byte[] head, int length) {
    String type =
        declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (TEXT.contains(type)) {
      for (int i = 0; i < length; i++) {
        if (head[i] == 0) {
          throw new InvalidInputException("contentType", "says text, but the file is binary");
        }
      }
      return type;
    }
    List<byte[]> signatures = MAGIC.get(type);
    if (signatures == null) {
      throw new InvalidInputException(
          "contentType",
          "must be one of "
              + String.join(", ", allowed())
              + " (was "
              + (type.isEmpty() ? "none" : type)
              + ")");
    }
    byte[] start = Arrays.copyOf(head, Math.max(0, length));
    if (signatures.stream().noneMatch(s -> startsWith(start, s))) {
      throw new InvalidInputException("contentType", "says " + type + ", but the file is not one");
    }
    return type;
  }

  /** A name safe to store and to offer for download: no folders, no control characters. */
  public static String fileName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (base.isEmpty() || base.equals(".") || base.equals("..")) {
      throw new InvalidInputException("name", "is required");
    }
    return base.length() > 255 ? base.substring(base.length() - 255) : base;
  }

  public static List<String> allowed() {
    return java.util.stream.Stream.concat(MAGIC.keySet().stream(), TEXT.stream()).sorted().toList();
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
