package com.collector.repository.packages;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks entry names so that extracting a package on Windows (where the Collector runs) or Unix can
 * only create files inside the target folder, and no two entries land on the same file.
 */
final class EntryNames {

  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
  private static final String FORBIDDEN_CHARACTERS = "\\:<>\"|?*";

  private EntryNames() {}

  /** Refuses a name that is unsafe or too deep or long under {@code limits}. */
  static void check(String name, PackageLimits limits) {
    if (name.isEmpty() || name.equals("/")) {
      throw refused(name, "is empty");
    }
    if (name.length() > limits.maxNameLength()) {
      throw refused(name, "is longer than " + limits.maxNameLength() + " characters");
    }
    if (name.startsWith("/")) {
      throw refused(name, "is an absolute path");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw refused(name, "contains a control character");
      }
      if (Character.getType(c) == Character.FORMAT) {
        // Invisible characters such as right-to-left overrides make a name look like another.
        throw refused(name, "contains an invisible formatting character");
      }
      if (FORBIDDEN_CHARACTERS.indexOf(c) >= 0) {
        throw refused(name, describeForbidden(c));
      }
    }
    String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    String[] segments = path.split("/", -1);
    if (segments.length > limits.maxPathDepth()) {
      throw refused(name, "is nested deeper than " + limits.maxPathDepth() + " levels");
    }
    for (String segment : segments) {
      checkSegment(name, segment);
    }
  }

  private static String describeForbidden(char c) {
    return switch (c) {
      case '\\' -> "contains a backslash (a path separator on Windows)";
      case ':' -> "contains a colon (a drive letter or an NTFS stream on Windows)";
      default -> "contains '" + c + "', which Windows does not allow in file names";
    };
  }

  private static void checkSegment(String name, String segment) {
    if (segment.isEmpty()) {
      throw refused(name, "has an empty path segment");
    }
    if (segment.equals(".") || segment.equals("..")) {
      throw refused(name, "has a '" + segment + "' segment");
    }
    if (segment.endsWith(".") || segment.endsWith(" ")) {
      // Windows drops trailing dots and spaces, so "a." would overwrite "a".
      throw refused(name, "has a segment ending in a dot or space");
    }
    if (WINDOWS_DEVICE.matcher(segment).matches()) {
      throw refused(name, "uses the Windows device name '" + segment + "'");
    }
  }

  /**
   * Refuses two entries that would land on the same file on a case-insensitive file system, and a
   * file that is also needed as a directory ({@code a} and {@code a/b}).
   */
  static void checkUnique(List<CentralEntry> entries) {
    Set<String> files = new HashSet<>();
    Set<String> directories = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (CentralEntry entry : entries) {
      String key = key(entry.name());
      if (!seen.add(key)) {
        throw refused(entry.name(), "occurs twice (names are compared ignoring case)");
      }
      (entry.isDirectory() ? directories : files).add(key);
      for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
        directories.add(key.substring(0, slash));
      }
    }
    for (String file : files) {
      if (directories.contains(file)) {
        throw PackageRefusedException.zip("'" + file + "' is both a file and a directory");
      }
    }
  }

  private static String key(String name) {
    String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static PackageRefusedException refused(String name, String problem) {
    String shown = name.length() > 100 ? name.substring(0, 100) + "…" : name;
    return PackageRefusedException.zip(
        "entry '" + shown.replaceAll("\\p{Cntrl}", "?") + "' " + problem);
  }
}
