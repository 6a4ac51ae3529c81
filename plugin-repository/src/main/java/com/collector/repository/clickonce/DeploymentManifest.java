package com.collector.repository.clickonce;

import org.w3c.dom.Element;

/**
 * The deployment manifest ({@code *.application}) of a publish.
 *
 * @param entryName its name in the zip (at the root)
 * @param bytes its content as uploaded
 * @param identity its own {@code assemblyIdentity} (name {@code Collector.application}, version)
 * @param mapFileExtensions whether payload files are stored with a {@code .deploy} suffix
 * @param applicationManifest the application manifest it installs: codebase, size and hash
 * @param applicationIdentity the identity it expects that application manifest to have
 */
public record DeploymentManifest(
    String entryName,
    byte[] bytes,
    AssemblyIdentity identity,
    boolean mapFileExtensions,
    DeclaredFile applicationManifest,
    AssemblyIdentity applicationIdentity) {

  static final String FIELD = "deploymentManifest";

  public DeploymentManifest {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  static DeploymentManifest parse(String entryName, byte[] bytes) {
    String what = "the deployment manifest '" + entryName + "'";
    Element root = ManifestXml.assembly(SecureXml.parse(bytes, FIELD, what), FIELD, what);
    Element deployment = ManifestXml.child(root, "deployment");
    boolean mapFileExtensions =
        deployment != null && "true".equals(ManifestXml.attribute(deployment, "mapFileExtensions"));
    Element install =
        ManifestXml.dependentAssemblies(root).stream()
            .filter(ManifestXml::isInstallDependency)
            .findFirst()
            .orElseThrow(
                () ->
                    new PublishRefusedException(
                        FIELD, what + " has no dependentAssembly to install with a codebase"));
    return new DeploymentManifest(
        entryName,
        bytes,
        AssemblyIdentity.childOf(root, FIELD, what),
        mapFileExtensions,
        DeclaredFile.of(install, "codebase", FIELD, what),
        AssemblyIdentity.childOf(install, FIELD, what + "'s dependentAssembly"));
  }
}
