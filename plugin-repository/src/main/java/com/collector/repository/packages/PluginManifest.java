package com.collector.repository.packages;

import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.PluginVersion;
import com.collector.repository.versions.VersionFormatException;
import com.collector.repository.versions.VersionRange;
import java.nio.charset.CharacterCodingException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The manifest every package carries at its root as {@value #FILE_NAME}, for example:
 *
 * <pre>{@code
 * {"id": "ocr-extractor", "version": "2.1.0", "name": "OCR extractor",
 *  "minAppVersion": "4.2.0.0", "maxAppVersion": "4.99.0.0"}
 * }</pre>
 *
 * <p>{@code id} and {@code version} (SemVer) are required; {@code name} and the Collector app range
 * are optional; unknown members are ignored so later manifests can add some.
 *
 * @param id the plugin id: letters, digits, {@code . _ -}, up to 100 characters
 * @param version the plugin version
 * @param name the display name, empty when the manifest has none
 * @param appVersions the Collector app versions the plugin works with, open where not given
 */
public record PluginManifest(
    String id, PluginVersion version, Optional<String> name, VersionRange<AppVersion> appVersions) {

  /** The manifest's path in the package. */
  public static final String FILE_NAME = "collector-plugin.json";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final int MAX_NAME = 200;

  /**
   * Reads and checks a manifest.
   *
   * @throws PackageRefusedException with field {@code manifest} or {@code manifest.<member>}
   */
  static PluginManifest parse(byte[] json) {
    Object root;
    try {
      root = JsonReader.parse(utf8(json));
    } catch (IllegalArgumentException e) {
      throw new PackageRefusedException("manifest", "is not valid JSON: " + e.getMessage());
    }
    if (!(root instanceof Map<?, ?> members)) {
      throw new PackageRefusedException("manifest", "must be a JSON object");
    }
    String id = string(members, "id").orElseThrow(() -> required("id"));
    if (!ID.matcher(id).matches()) {
      throw new PackageRefusedException(
          "manifest.id",
          "must be 1 to 100 letters, digits, '.', '_' or '-', starting alphanumeric");
    }
    String versionText = string(members, "version").orElseThrow(() -> required("version"));
    Optional<String> name = string(members, "name");
    if (name.isPresent() && (name.get().isBlank() || name.get().length() > MAX_NAME)) {
      throw new PackageRefusedException(
          "manifest.name", "must be 1 to " + MAX_NAME + " characters");
    }
    try {
      return new PluginManifest(
          id,
          PluginVersion.parse(versionText, "manifest.version"),
          name,
          VersionRange.parse(
              string(members, "minAppVersion").orElse(null),
              string(members, "maxAppVersion").orElse(null),
              "manifest.minAppVersion",
              "manifest.maxAppVersion",
              AppVersion::parse));
    } catch (VersionFormatException e) {
      throw new PackageRefusedException(e.field(), e.reason());
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      String text = StrictUtf8.decode(bytes);
      // Tolerate the byte order mark some Windows editors write.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new PackageRefusedException("manifest", "is not UTF-8");
    }
  }

  private static Optional<String> string(Map<?, ?> members, String key) {
    Object value = members.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      throw new PackageRefusedException("manifest." + key, "must be a string");
    }
    return Optional.of(text);
  }

  private static PackageRefusedException required(String key) {
    return new PackageRefusedException("manifest." + key, "is required");
  }
}
