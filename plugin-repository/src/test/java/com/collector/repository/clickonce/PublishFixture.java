package com.collector.repository.clickonce;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds a ClickOnce publish zip as Visual Studio / MSBuild writes one for .NET 8 (namespaces and
 * element order as in the documented schema and the real manifest in the shared fixtures), with
 * correct sizes and SHA-256 digests unless a test asks for a specific corruption.
 */
public final class PublishFixture {

  public static final String VERSION = "1.2.3.4";
  public static final String FOLDER = "Application Files/Collector_1_2_3_4/";
  public static final String APP_MANIFEST = FOLDER + "Collector.exe.manifest";
  static final String TOKEN = "33ceee8f3f6b9ab8";

  private static final String ROOT_OPEN =
      "<asmv1:assembly xsi:schemaLocation=\"urn:schemas-microsoft-com:asm.v1 assembly.adaptive.xsd\""
          + " manifestVersion=\"1.0\" xmlns:asmv1=\"urn:schemas-microsoft-com:asm.v1\""
          + " xmlns=\"urn:schemas-microsoft-com:asm.v2\" xmlns:asmv2=\"urn:schemas-microsoft-com:asm.v2\""
          + " xmlns:xrml=\"urn:mpeg:mpeg21:2003:01-REL-R-NS\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xmlns:asmv3=\"urn:schemas-microsoft-com:asm.v3\""
          + " xmlns:dsig=\"http://www.w3.org/2000/09/xmldsig#\""
          + " xmlns:co.v1=\"urn:schemas-microsoft-com:clickonce.v1\""
          + " xmlns:co.v2=\"urn:schemas-microsoft-com:clickonce.v2\">\n";

  /** Logical name to content; assemblies ({@code .dll}, {@code .exe}) become dependencies. */
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private final Map<String, Long> declaredSizes = new HashMap<>();
  private final Set<String> sha1Files = new HashSet<>();
  private final Set<String> corrupted = new HashSet<>();
  private final Set<String> omitted = new HashSet<>();
  private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();
  private boolean mapFileExtensions = true;
  private boolean beforeApplicationStartup = true;
  private boolean oldSignature;
  private String folder = FOLDER;
  private String deploymentVersion = VERSION;
  private String applicationVersion = VERSION;
  private String dependencyVersion = VERSION;
  private String minimumRequiredVersion = VERSION;
  private UnaryOperator<String> applicationManifestInZip = UnaryOperator.identity();
  private boolean withApplicationManifest = true;
  private UnaryOperator<String> applicationManifestEdit = UnaryOperator.identity();

  PublishFixture() {
    files.put("Collector.exe", bytes("MZ launcher of the Collector", 300));
    files.put("Collector.dll", bytes("MZ the Collector itself", 5000));
    files.put("de\\Collector.resources.dll", bytes("MZ German resources", 700));
    files.put(
        "Collector.runtimeconfig.json", "{\"runtimeOptions\":{\"tfm\":\"net8.0\"}}".getBytes());
    files.put("Collector.deps.json", bytes("{\"deps\":1}", 2000));
    files.put("logo.ico", bytes("ICON", 400));
  }

  public static PublishFixture publish() {
    return new PublishFixture();
  }

  /**
   * A consistent publish of {@code version}: every version in both manifests, and the version
   * folder ({@code Application Files/Collector_<v>/}) named after it as Visual Studio does.
   */
  public static PublishFixture of(String version) {
    PublishFixture fixture = new PublishFixture();
    fixture.folder = "Application Files/Collector_" + version.replace('.', '_') + "/";
    fixture.deploymentVersion = version;
    fixture.applicationVersion = version;
    fixture.dependencyVersion = version;
    fixture.minimumRequiredVersion = null;
    return fixture;
  }

  /** The version folder, ending in {@code /}. */
  public String folder() {
    return folder;
  }

  /** The zip's entry name of the application manifest. */
  public String applicationManifestEntry() {
    return folder + "Collector.exe.manifest";
  }

  public PublishFixture mapFileExtensions(boolean map) {
    mapFileExtensions = map;
    return this;
  }

  public PublishFixture deploymentVersion(String version) {
    deploymentVersion = version;
    return this;
  }

  public PublishFixture applicationVersion(String version) {
    applicationVersion = version;
    return this;
  }

  /** The version the deployment manifest's dependency expects of the application manifest. */
  public PublishFixture dependencyVersion(String version) {
    dependencyVersion = version;
    return this;
  }

  public PublishFixture minimumRequiredVersion(String version) {
    minimumRequiredVersion = version;
    return this;
  }

  public PublishFixture withoutBeforeApplicationStartup() {
    beforeApplicationStartup = false;
    return this;
  }

  /** Adds a {@code publisherIdentity} and {@code Signature} to the deployment manifest. */
  public PublishFixture withOldSignature() {
    oldSignature = true;
    return this;
  }

  /** The application manifest declares {@code size} for {@code file}. */
  public PublishFixture declaredSize(String file, long size) {
    declaredSizes.put(file, size);
    return this;
  }

  /** Declares {@code file}'s digest with SHA-1 ({@code xmldsig#sha1}) instead of SHA-256. */
  public PublishFixture sha1(String file) {
    sha1Files.add(file);
    return this;
  }

  /** The zip holds {@code file} with one byte changed after its digest was declared. */
  public PublishFixture corrupt(String file) {
    corrupted.add(file);
    return this;
  }

  /** The application manifest lists {@code file}, but the zip lacks it. */
  public PublishFixture omit(String file) {
    omitted.add(file);
    return this;
  }

  public PublishFixture withoutApplicationManifest() {
    withApplicationManifest = false;
    return this;
  }

  /** Changes the application manifest before it is hashed (a consistent, if odd, publish). */
  public PublishFixture editApplicationManifest(UnaryOperator<String> change) {
    applicationManifestEdit = change;
    return this;
  }

  /** The zip holds the application manifest changed by {@code change} after it was hashed. */
  public PublishFixture tamperApplicationManifest(UnaryOperator<String> change) {
    applicationManifestInZip = change;
    return this;
  }

  public PublishFixture entry(String name, byte[] content) {
    extraEntries.put(name, content);
    return this;
  }

  public Map<String, byte[]> files() {
    return files;
  }

  /** The zip's entry name of a payload file. */
  public String entryName(String file) {
    return folder + file.replace('\\', '/') + (mapFileExtensions ? ".deploy" : "");
  }

  public String applicationManifest() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append(ROOT_OPEN)
        .append(identity("asmv1:", "Collector.exe", applicationVersion, "win32"))
        .append(
            "  <description asmv2:iconFile=\"logo.ico\" xmlns=\"urn:schemas-microsoft-com:asm.v1\" />\n")
        .append("  <application />\n  <entryPoint>\n")
        .append("    <assemblyIdentity name=\"Collector\" version=\"1.0.0.0\" language=\"neutral\"")
        .append(" processorArchitecture=\"msil\" />\n")
        .append("    <commandLine file=\"Collector.exe\" parameters=\"\" />\n  </entryPoint>\n")
        .append("  <dependency>\n    <dependentAssembly dependencyType=\"preRequisite\"")
        .append(" allowDelayedBinding=\"true\">\n      <assemblyIdentity name=\"Microsoft.Windows")
        .append(".CommonLanguageRuntime\" version=\"4.0.30319.0\" />\n    </dependentAssembly>\n")
        .append("  </dependency>\n");
    files.forEach(
        (name, content) -> {
          if (isAssembly(name)) {
            xml.append("  <dependency>\n    <dependentAssembly dependencyType=\"install\"")
                .append(" allowDelayedBinding=\"true\" codebase=\"")
                .append(name)
                .append("\" size=\"")
                .append(declaredSizes.getOrDefault(name, (long) content.length))
                .append("\">\n      <assemblyIdentity name=\"")
                .append(name.substring(name.lastIndexOf('\\') + 1, name.lastIndexOf('.')))
                .append(
                    "\" version=\"1.0.0.0\" language=\"neutral\" processorArchitecture=\"msil\" />\n")
                .append(hash(content, sha1Files.contains(name), "      "))
                .append("    </dependentAssembly>\n  </dependency>\n");
          }
        });
    files.forEach(
        (name, content) -> {
          if (!isAssembly(name)) {
            xml.append("  <file name=\"")
                .append(name)
                .append("\" size=\"")
                .append(declaredSizes.getOrDefault(name, (long) content.length))
                .append("\">\n")
                .append(hash(content, sha1Files.contains(name), "    "))
                .append("  </file>\n");
          }
        });
    return applicationManifestEdit.apply(xml.append("</asmv1:assembly>\n").toString());
  }

  public String deploymentManifest() {
    byte[] application = applicationManifest().getBytes(StandardCharsets.UTF_8);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append(ROOT_OPEN)
        .append(
            identity("", "Collector.application", deploymentVersion, null)
                .replace(" />", " xmlns=\"urn:schemas-microsoft-com:asm.v1\" />"))
        .append("  <description asmv2:publisher=\"Collector GmbH\" asmv2:product=\"Collector\"")
        .append(" xmlns=\"urn:schemas-microsoft-com:asm.v1\" />\n")
        .append("  <deployment install=\"true\" mapFileExtensions=\"")
        .append(mapFileExtensions)
        .append('"')
        .append(
            minimumRequiredVersion == null
                ? ""
                : " minimumRequiredVersion=\"" + minimumRequiredVersion + "\"")
        .append(" co.v1:createDesktopShortcut=\"true\">\n");
    if (beforeApplicationStartup) {
      xml.append("    <subscription>\n      <update>\n        <beforeApplicationStartup />\n")
          .append("      </update>\n    </subscription>\n");
    }
    xml.append(
            "    <deploymentProvider codebase=\"https://publish.example/Collector.application\" />\n")
        .append("  </deployment>\n")
        .append("  <compatibleFrameworks xmlns=\"urn:schemas-microsoft-com:clickonce.v2\">\n")
        .append(
            "    <framework targetVersion=\"4.7.2\" profile=\"Full\" supportedRuntime=\"4.0.30319\" />\n")
        .append("  </compatibleFrameworks>\n")
        .append("  <dependency>\n    <dependentAssembly dependencyType=\"install\" codebase=\"")
        .append(applicationManifestEntry().replace('/', '\\'))
        .append("\" size=\"")
        .append(application.length)
        .append("\">\n")
        .append(identity("", "Collector.exe", dependencyVersion, "win32").replace("  <", "      <"))
        .append(hash(application, false, "      "))
        .append("    </dependentAssembly>\n  </dependency>\n");
    if (oldSignature) {
      xml.append(
              "<publisherIdentity name=\"CN=Old Publisher\" issuerKeyHash=\"11b80559c251b7e4\" />")
          .append(
              "<Signature Id=\"StrongNameSignature\" xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
          .append("<SignedInfo><Reference URI=\"\"><DigestValue>AAAA</DigestValue></Reference>")
          .append("</SignedInfo><SignatureValue>AAAA</SignatureValue></Signature>");
    }
    return xml.append("</asmv1:assembly>\n").toString();
  }

  /** The zip's entries in the order Visual Studio's publish folder would be zipped. */
  public Map<String, byte[]> entries() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    byte[] deployment = deploymentManifest().getBytes(StandardCharsets.UTF_8);
    entries.put("Collector.application", deployment);
    entries.put("setup.exe", bytes("MZ bootstrapper", 100));
    entries.put(folder + "Collector.application", deployment);
    if (withApplicationManifest) {
      String application = applicationManifestInZip.apply(applicationManifest());
      entries.put(applicationManifestEntry(), application.getBytes(StandardCharsets.UTF_8));
    }
    files.forEach(
        (name, content) -> {
          if (!omitted.contains(name)) {
            byte[] stored = content.clone();
            if (corrupted.contains(name)) {
              stored[stored.length / 2] ^= 1;
            }
            entries.put(entryName(name), stored);
          }
        });
    entries.putAll(extraEntries);
    return entries;
  }

  public byte[] zip() {
    return PublishZips.zip(entries());
  }

  public Path writeTo(Path directory) {
    return PublishZips.write(directory, zip());
  }

  public static String sha256Base64(byte[] content) {
    return Base64.getEncoder().encodeToString(digest("SHA-256", content));
  }

  private static boolean isAssembly(String name) {
    return name.endsWith(".dll") || name.endsWith(".exe");
  }

  private static String identity(String prefix, String name, String version, String type) {
    return "  <"
        + prefix
        + "assemblyIdentity name=\""
        + name
        + "\" version=\""
        + version
        + "\" publicKeyToken=\""
        + TOKEN
        + "\" language=\"neutral\" processorArchitecture=\"msil\""
        + (type == null ? "" : " type=\"" + type + "\"")
        + " />\n";
  }

  private static String hash(byte[] content, boolean sha1, String indent) {
    String algorithm = sha1 ? "sha1" : "sha256";
    String value = Base64.getEncoder().encodeToString(digest(sha1 ? "SHA-1" : "SHA-256", content));
    return indent
        + "<hash>\n"
        + indent
        + "  <dsig:Transforms>\n"
        + indent
        + "    <dsig:Transform Algorithm=\"urn:schemas-microsoft-com:HashTransforms.Identity\" />\n"
        + indent
        + "  </dsig:Transforms>\n"
        + indent
        + "  <dsig:DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#"
        + algorithm
        + "\" />\n"
        + indent
        + "  <dsig:DigestValue>"
        + value
        + "</dsig:DigestValue>\n"
        + indent
        + "</hash>\n";
  }

  private static byte[] digest(String algorithm, byte[] content) {
    try {
      return MessageDigest.getInstance(algorithm).digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code length} bytes starting with {@code text}, the rest varied so they compress normally. */
  private static byte[] bytes(String text, int length) {
    byte[] content = new byte[length];
    byte[] start = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < length; i++) {
      content[i] = i < start.length ? start[i] : (byte) (i * 31 + i / 7);
    }
    return content;
  }
}
