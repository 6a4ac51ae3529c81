package com.collector.portal.distribution.control;

import com.collector.portal.platform.control.ExpiringCache;
import com.collector.repository.clickonce.ChannelDeployment;
import com.collector.repository.clickonce.DeploymentManifestRewriter;
import com.collector.repository.signing.Signer;
import com.collector.repository.storage.Sha256;
import com.collector.repository.versions.AppVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A channel's (or one of its rings') deployment manifest: the current release's, rewritten (update
 * location, minimum required version, the application manifest's size and digest) and signed with
 * the ClickOnce key. Signed once per everything the bytes depend on — the channel and ring, the
 * current release, the minimum version, the public URL and the key — and kept, so a publication or
 * revocation yields a new manifest at once.
 */
@ApplicationScoped
public class ClickOnceManifests {

  /**
   * Signed manifests kept: each ring names its own URL, so a channel needs up to one per ring
   * fetched (100) plus its plain one; a few KB each.
   */
  static final int KEPT = 512;

  /** How long signed bytes are kept: as long as the instance runs. */
  static final Duration KEEP_FOR = Duration.ofDays(36_500);

  /** What {@code publicKeyToken} holds until the signer puts the key's token there. */
  static final String PLACEHOLDER_TOKEN = "0000000000000000";

  @Inject PackageStorage storage;
  @Inject ClickOnceSigning signing;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /**
   * What a key's bytes depend on never changes, so they are kept until crowded out. Why the shared
   * cache: concurrent first requests for a channel wait for one signing (Key Vault, timestamp
   * server) instead of each signing, and a failed signing is not kept.
   */
  private final ExpiringCache<Key, SignedManifest> kept =
      new ExpiringCache<>(KEPT, KEEP_FOR, () -> 0L);

  /** What a signed manifest depends on. */
  record Key(
      String channel, Integer ring, long releaseId, String minimum, String url, String keyId) {}

  /**
   * A channel's signed deployment manifest.
   *
   * @param name its file name, such as {@code Collector.application}
   * @param url where clients fetch it (its {@code deploymentProvider codebase})
   * @param version the release it installs
   * @param minimumRequiredVersion null when updates are optional
   * @param bytes the signed manifest
   * @param sha256 hex SHA-256 of {@code bytes}
   * @param signer the key and certificate that signed
   */
  public record SignedManifest(
      String name,
      String url,
      AppVersion version,
      AppVersion minimumRequiredVersion,
      byte[] bytes,
      String sha256,
      Signer signer) {}

  /** The signed deployment manifest of {@code releases}' current release, if it has one. */
  public java.util.Optional<SignedManifest> of(ChannelReleases releases) {
    return releases.current().map(current -> signed(releases, current));
  }

  private SignedManifest signed(ChannelReleases releases, HostedRelease current) {
    AppVersion minimum = releases.minimumRequiredVersion().orElse(null);
    Signer signer = signing.signer();
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    Key key =
        new Key(
            releases.channel(),
            releases.ring(),
            current.release().id(),
            minimum == null ? null : minimum.toString(),
            base,
            signer.keyId());
    return kept.get(
        key, clock.instant(), () -> sign(releases.path(), current, minimum, base, signer));
  }

  private SignedManifest sign(
      String path, HostedRelease current, AppVersion minimum, String base, Signer signer) {
    HostedRelease.File deployment = current.files().deploymentManifest();
    String name = deployment.path().substring(deployment.path().lastIndexOf('/') + 1);
    String url =
        base
            + "/clickonce/"
            + path
            + "/"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    byte[] application = read(current.files().applicationManifest());
    Document document =
        new DeploymentManifestRewriter()
            .rewrite(
                read(deployment),
                new ChannelDeployment(URI.create(url), minimum, application, null));
    ensurePublicKeyToken(document);
    byte[] bytes = signing.sign(document);
    String sha256 = HexFormat.of().formatHex(Sha256.newDigest().digest(bytes));
    return new SignedManifest(
        name, url, current.release().version(), minimum, bytes, sha256, signer);
  }

  /** The signer replaces the token; a publish signed by nobody may not have the attribute yet. */
  static void ensurePublicKeyToken(Document document) {
    for (Node n = document.getDocumentElement().getFirstChild();
        n != null;
        n = n.getNextSibling()) {
      if (n instanceof Element element && "assemblyIdentity".equals(element.getLocalName())) {
        if (!element.hasAttribute("publicKeyToken")) {
          element.setAttribute("publicKeyToken", PLACEHOLDER_TOKEN);
        }
        return;
      }
    }
  }

  private byte[] read(HostedRelease.File file) {
    try (InputStream in = storage.blobs().open(file.sha256())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the blob of " + file.path(), e);
    }
  }
}
