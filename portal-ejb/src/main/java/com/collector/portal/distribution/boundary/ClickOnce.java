package com.collector.portal.distribution.boundary;

import com.collector.portal.distribution.control.ChannelReleases;
import com.collector.portal.distribution.control.ClickOnceCatalog;
import com.collector.portal.distribution.control.ClickOnceManifests;
import com.collector.portal.distribution.control.ClickOnceManifests.SignedManifest;
import com.collector.portal.distribution.control.HostedRelease;
import com.collector.portal.distribution.control.PackageStorage;
import com.collector.portal.distribution.control.ReleaseCatalog;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.platform.boundary.UnavailableException;
import com.collector.portal.tenancy.control.Store;
import com.collector.repository.clickonce.signing.StrongNameKeys;
import com.collector.repository.signing.SigningException;
import com.collector.repository.storage.BlobStoreException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * ClickOnce hosting of the Collector app: each channel's deployment manifest (rewritten for the
 * channel and signed by the portal) and the files of the published app releases it sees, for anyone
 * (ClickOnce clients send no credentials), under {@code <channel>/} for what every client may have
 * and under {@code <channel>/ring/<n>/} for rollout ring n (0..99), which also gets the releases in
 * a partial rollout that admits it; and, for release managers, what each channel serves.
 */
@Stateless
public class ClickOnce {

  /** When a client should try again after a dependency failed: outages are mostly brief. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  /** The path prefix of a ring's files: {@code /clickonce/<channel>/ring/<n>/...}. */
  static final String RING = "ring/";

  private static final Pattern RING_NUMBER = Pattern.compile("0|[1-9][0-9]?");

  private static final Logger LOG = Logger.getLogger(ClickOnce.class.getName());

  @Inject Store store;
  @Inject ClickOnceCatalog catalog;
  @Inject ClickOnceManifests manifests;
  @Inject PackageStorage storage;

  /**
   * The file {@code path} ({@code /}-separated, decoded) of {@code channel}: its signed deployment
   * manifest when {@code path} names it, else the file of the highest published app release the
   * channel sees that has this path; empty for an unknown channel, ring or path. A path {@code
   * ring/<n>/<rest>} is {@code <rest>} as ring n sees it.
   */
  public Optional<HostedContent> hosted(String channel, String path) {
    try {
      return find(channel, path);
    } catch (SigningException | BlobStoreException | UncheckedIOException failed) {
      throw unavailable(failed);
    }
  }

  /**
   * The 503 for a dependency that failed (the blob store, Key Vault, the timestamp server), its
   * cause logged here once; secrets never reach these messages (they name keys and URLs only).
   */
  static UnavailableException unavailable(RuntimeException failed) {
    LOG.log(Level.WARNING, "ClickOnce hosting unavailable", failed);
    return new UnavailableException(
        "ClickOnce files cannot be served for a moment; retry later", RETRY_AFTER);
  }

  private Optional<HostedContent> find(String channel, String fullPath) {
    if (channel == null || fullPath == null || !Release.CHANNEL.matcher(channel).matches()) {
      return Optional.empty();
    }
    Integer ring = null;
    String path = fullPath;
    if (fullPath.startsWith(RING)) {
      int slash = fullPath.indexOf('/', RING.length());
      ring = slash < 0 ? null : ring(fullPath.substring(RING.length(), slash));
      if (ring == null) {
        return Optional.empty();
      }
      path = fullPath.substring(slash + 1);
    }
    String inRing = path;
    return catalog.channel(channel, ring).flatMap(releases -> served(releases, inRing));
  }

  private Optional<HostedContent> served(ChannelReleases releases, String path) {
    Optional<HostedRelease> current = releases.current();
    if (current.isPresent() && current.get().files().deploymentManifest().path().equals(path)) {
      SignedManifest manifest = manifests.of(releases).orElseThrow();
      return Optional.of(
          new HostedContent(
              manifest.name(),
              manifest.sha256(),
              manifest.bytes().length,
              true,
              manifest.bytes(),
              null));
    }
    return releases
        .file(path)
        .map(
            file ->
                new HostedContent(
                    path.substring(path.lastIndexOf('/') + 1),
                    file.sha256(),
                    file.size(),
                    false,
                    null,
                    storage.blobs()));
  }

  /** The ring number of a {@code ring/<n>/} path segment, 0..99 written plainly; else null. */
  static Integer ring(String segment) {
    if (!RING_NUMBER.matcher(segment).matches()) {
      return null;
    }
    return Integer.valueOf(segment);
  }

  /**
   * Per channel with app releases of its own, what it serves to everyone and what is in rollout;
   * release managers only.
   */
  public List<ClickOnceChannelView> channels() {
    ReleaseCatalog.requirePublisher(store.scope());
    List<ClickOnceChannelView> views = new ArrayList<>();
    try {
      for (String channel : catalog.appChannels()) {
        List<ClickOnceRolloutView> rollouts =
            catalog.inRollout(channel).stream()
                .map(
                    r ->
                        new ClickOnceRolloutView(
                            r.version().toString(), r.rolloutPercent(), r.mandatory()))
                .toList();
        Optional<SignedManifest> manifest = catalog.channel(channel).flatMap(manifests::of);
        if (manifest.isPresent() || !rollouts.isEmpty()) {
          views.add(view(channel, manifest.orElse(null), rollouts));
        }
      }
    } catch (SigningException | BlobStoreException | UncheckedIOException failed) {
      throw unavailable(failed);
    }
    return views;
  }

  private static ClickOnceChannelView view(
      String channel, SignedManifest manifest, List<ClickOnceRolloutView> rollouts) {
    if (manifest == null) {
      return new ClickOnceChannelView(channel, null, null, null, null, null, null, null, rollouts);
    }
    X509Certificate certificate = manifest.signer().certificate();
    return new ClickOnceChannelView(
        channel,
        manifest.version().toString(),
        manifest.minimumRequiredVersion() == null
            ? null
            : manifest.minimumRequiredVersion().toString(),
        manifest.url(),
        manifest.sha256(),
        certificate.getSubjectX500Principal().getName(),
        thumbprint(certificate),
        StrongNameKeys.publicKeyToken((RSAPublicKey) certificate.getPublicKey()),
        rollouts);
  }

  private static String thumbprint(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .withUpperCase()
          .formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encode the ClickOnce certificate", e);
    }
  }
}
