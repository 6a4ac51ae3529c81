package com.collector.repository.clickonce;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The application manifest ({@code Collector.exe.manifest}) of a publish.
 *
 * @param entryName its name in the zip, such as {@code Application
 *     Files/Collector_1_2_3_4/Collector.exe.manifest}
 * @param bytes its content as uploaded
 * @param identity its {@code assemblyIdentity}
 * @param files what it installs: install dependencies with a codebase, then {@code file} elements,
 *     each in document order
 */
public record ApplicationManifest(
    String entryName, byte[] bytes, AssemblyIdentity identity, List<DeclaredFile> files) {

  static final String FIELD = "applicationManifest";

  public ApplicationManifest {
    bytes = bytes.clone();
    files = List.copyOf(files);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The folder the manifest's paths are relative to, ending in {@code /} (or empty). */
  public String folder() {
    return entryName.substring(0, entryName.lastIndexOf('/') + 1);
  }

  static ApplicationManifest parse(String entryName, byte[] bytes) {
    String what = "the application manifest '" + entryName + "'";
    Element root = ManifestXml.assembly(SecureXml.parse(bytes, FIELD, what), FIELD, what);
    List<DeclaredFile> files = new ArrayList<>();
    for (Element dependent : ManifestXml.dependentAssemblies(root)) {
      if (ManifestXml.isInstallDependency(dependent)) {
        files.add(DeclaredFile.of(dependent, "codebase", FIELD, what));
      }
    }
    for (Element file : ManifestXml.children(root, "file")) {
      files.add(DeclaredFile.of(file, "name", FIELD, what));
    }
    return new ApplicationManifest(
        entryName, bytes, AssemblyIdentity.childOf(root, FIELD, what), files);
  }
}
