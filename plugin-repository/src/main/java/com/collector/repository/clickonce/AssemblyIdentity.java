package com.collector.repository.clickonce;

import org.w3c.dom.Element;

/**
 * An {@code assemblyIdentity} as a manifest states it; absent attributes are {@code null}.
 *
 * @param name such as {@code Collector.application} or {@code Collector.exe}
 * @param version four-part version as written
 * @param publicKeyToken 16 hex digits of the signing key, or {@code null} when unsigned
 * @param language usually {@code neutral}
 * @param processorArchitecture such as {@code msil} or {@code amd64}
 * @param type {@code win32} for application manifests, {@code null} for deployment manifests
 */
public record AssemblyIdentity(
    String name,
    String version,
    String publicKeyToken,
    String language,
    String processorArchitecture,
    String type) {

  static AssemblyIdentity of(Element identity) {
    return new AssemblyIdentity(
        ManifestXml.attribute(identity, "name"),
        ManifestXml.attribute(identity, "version"),
        ManifestXml.attribute(identity, "publicKeyToken"),
        ManifestXml.attribute(identity, "language"),
        ManifestXml.attribute(identity, "processorArchitecture"),
        ManifestXml.attribute(identity, "type"));
  }

  /** The {@code assemblyIdentity} child of {@code parent}, refused with {@code field} if absent. */
  static AssemblyIdentity childOf(Element parent, String field, String what) {
    Element identity = ManifestXml.child(parent, "assemblyIdentity");
    if (identity == null) {
      throw new PublishRefusedException(field, what + " has no assemblyIdentity");
    }
    return of(identity);
  }
}
