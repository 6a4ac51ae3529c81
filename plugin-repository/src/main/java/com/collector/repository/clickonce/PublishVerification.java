package com.collector.repository.clickonce;

import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.VersionFormatException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the staged files of a publish from the top down, stopping at the first mismatch: the
 * deployment manifest and its version, the application manifest it points to, then every file the
 * application manifest lists. The order is the one a ClickOnce client follows, so the first problem
 * reported is the one an installation would have hit first.
 */
final class PublishVerification {

  private static final String APPLICATION_SUFFIX = ".application";
  private static final String DEPLOY_SUFFIX = ".deploy";

  private final StagedFiles staged;
  private final long maxManifestBytes;

  private static final URI TRIAL_CODEBASE =
      URI.create("https://portal.invalid/clickonce/stable/Collector.application");

  PublishVerification(StagedFiles staged, long maxManifestBytes) {
    this.staged = staged;
    this.maxManifestBytes = maxManifestBytes;
  }

  ClickOncePublish verify(AppVersion expectedVersion, Path directory) {
    DeploymentManifest deployment = deploymentManifest();
    String version = deployment.identity().version();
    if (!expectedVersion.equals(parse(version, DeploymentManifest.FIELD + ".version"))) {
      throw new PublishRefusedException(
          DeploymentManifest.FIELD + ".version",
          "is '" + version + "', the release is '" + expectedVersion + "'");
    }
    ApplicationManifest application = applicationManifest(deployment);
    checkIdentity(deployment, application);
    checkRewritable(deployment, expectedVersion, application);
    List<PayloadFile> payload = payload(deployment, application);
    Set<String> referenced = new HashSet<>();
    referenced.add(deployment.entryName());
    referenced.add(application.entryName());
    payload.forEach(file -> referenced.add(file.entryName()));
    List<String> others = staged.names().stream().filter(n -> !referenced.contains(n)).toList();
    return new ClickOncePublish(deployment, application, payload, others, directory);
  }

  /**
   * The portal serves only what it rewrote for a channel, possibly as a mandatory version, and
   * signed: a manifest that cannot be rewritten so (no deployment element, an online-only
   * deployment) or signed (mansign2 signs an asm.v1 root's asm.v1 {@code assemblyIdentity}) would
   * answer 500 on every channel that sees it. Refused here instead, naming why.
   */
  private static void checkRewritable(
      DeploymentManifest deployment, AppVersion version, ApplicationManifest application) {
    Document rewritten;
    try {
      rewritten =
          new DeploymentManifestRewriter()
              .rewrite(
                  deployment.bytes(),
                  new ChannelDeployment(TRIAL_CODEBASE, version, application.bytes(), null));
    } catch (IllegalArgumentException e) {
      throw new PublishRefusedException(DeploymentManifest.FIELD, e.getMessage(), e);
    }
    checkSignable(rewritten.getDocumentElement());
  }

  private static void checkSignable(Element root) {
    if (!ManifestXml.ASM_V1.equals(root.getNamespaceURI())) {
      throw new PublishRefusedException(
          DeploymentManifest.FIELD,
          "has its root 'assembly' in "
              + root.getNamespaceURI()
              + ", the portal signs asm.v1 ones");
    }
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (ManifestXml.ASM_V1.equals(n.getNamespaceURI())
          && "assemblyIdentity".equals(n.getLocalName())) {
        return;
      }
    }
    throw new PublishRefusedException(
        DeploymentManifest.FIELD,
        "has no asm.v1 assemblyIdentity (xmlns=\""
            + ManifestXml.ASM_V1
            + "\"), which signing its deployment requires");
  }

  private DeploymentManifest deploymentManifest() {
    List<String> candidates =
        staged.names().stream()
            .filter(name -> name.indexOf('/') < 0 && name.endsWith(APPLICATION_SUFFIX))
            .toList();
    if (candidates.size() != 1) {
      throw new PublishRefusedException(
          DeploymentManifest.FIELD,
          "the zip must hold exactly one *.application at its root, it holds "
              + (candidates.isEmpty() ? "none" : candidates));
    }
    String name = candidates.get(0);
    byte[] bytes = staged.read(name, maxManifestBytes, DeploymentManifest.FIELD, "'" + name + "'");
    return DeploymentManifest.parse(name, bytes);
  }

  private ApplicationManifest applicationManifest(DeploymentManifest deployment) {
    String field = ApplicationManifest.FIELD;
    DeclaredFile declared = deployment.applicationManifest();
    String name = ManifestPaths.entryName("", declared.path(), "", field);
    StagedFiles.Staged file = staged.get(name);
    if (file == null) {
      throw new PublishRefusedException(
          field, "'" + name + "', which the deployment manifest installs, is not in the zip");
    }
    checkFile(declared, file, name, field, "the deployment manifest");
    return ApplicationManifest.parse(name, staged.read(name, maxManifestBytes, field, name));
  }

  private static void checkIdentity(
      DeploymentManifest deployment, ApplicationManifest application) {
    String field = ApplicationManifest.FIELD;
    String own = application.identity().version();
    String deploymentVersion = deployment.identity().version();
    if (own == null || !own.equals(deploymentVersion)) {
      throw new PublishRefusedException(
          field + ".version",
          "is '" + own + "', the deployment manifest's is '" + deploymentVersion + "'");
    }
    String expected = deployment.applicationIdentity().version();
    if (!own.equals(expected)) {
      throw new PublishRefusedException(
          field + ".version",
          "is '" + own + "', the deployment manifest's dependency names '" + expected + "'");
    }
    if (!application.identity().equals(deployment.applicationIdentity())) {
      throw new PublishRefusedException(
          field + ".identity",
          "is "
              + application.identity()
              + ", the deployment manifest's dependency names "
              + deployment.applicationIdentity());
    }
  }

  private List<PayloadFile> payload(DeploymentManifest deployment, ApplicationManifest app) {
    String suffix = deployment.mapFileExtensions() ? DEPLOY_SUFFIX : "";
    List<PayloadFile> payload = new ArrayList<>();
    for (DeclaredFile declared : app.files()) {
      String name = ManifestPaths.entryName(app.folder(), declared.path(), suffix, "file");
      StagedFiles.Staged file = staged.get(name);
      if (file == null) {
        throw new PublishRefusedException(
            "file",
            "'"
                + declared.path()
                + "', listed by the application manifest, is not in the zip as '"
                + name
                + "'");
      }
      checkFile(declared, file, name, "file", "the application manifest");
      String logical = name.substring(app.folder().length(), name.length() - suffix.length());
      payload.add(
          new PayloadFile(
              name,
              logical,
              file.size(),
              HexFormat.of().formatHex(file.sha256()),
              declared.digest().algorithm()));
    }
    return payload;
  }

  private static void checkFile(
      DeclaredFile declared, StagedFiles.Staged file, String name, String field, String declarer) {
    if (file.size() != declared.size()) {
      throw new PublishRefusedException(
          field + ".size",
          "'"
              + name
              + "' has "
              + file.size()
              + " bytes, "
              + declarer
              + " declares "
              + declared.size());
    }
    DeclaredDigest digest = declared.digest();
    if (!digest.matches(file.sha256(), file.sha1())) {
      byte[] actual = digest.isSha1() ? file.sha1() : file.sha256();
      throw new PublishRefusedException(
          field + ".hash",
          "'"
              + name
              + "' has the "
              + (digest.isSha1() ? "SHA-1" : "SHA-256")
              + " digest "
              + Base64.getEncoder().encodeToString(actual)
              + ", "
              + declarer
              + " declares "
              + digest.value());
    }
  }

  private static AppVersion parse(String version, String field) {
    try {
      return AppVersion.parse(version, field);
    } catch (VersionFormatException e) {
      throw new PublishRefusedException(field, e.getMessage(), e);
    }
  }
}
