package com.collector.portal.distribution.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.distribution.control.ChannelReleases;
import com.collector.portal.distribution.control.ClickOnceCatalog;
import com.collector.portal.distribution.control.ClickOnceManifests;
import com.collector.portal.distribution.control.HostedRelease;
import com.collector.portal.platform.boundary.UnavailableException;
import com.collector.repository.signing.SigningException;
import com.collector.repository.storage.BlobNotFoundException;
import com.collector.repository.storage.FileSystemBlobStore;
import com.collector.repository.versions.AppVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ClickOnce hosting answers when what it depends on fails: a 503 to retry, not a 500. */
class ClickOnceTest {

  private static final String SHA = "ab".repeat(32);

  @TempDir Path blobs;

  @Test
  void aKeyVaultOrTimestampOutageWhileSigningIsUnavailable() {
    ClickOnce cut =
        hosting(() -> new SigningException("time-stamping authority https://tsa.invalid", null));

    assertThatThrownBy(() -> cut.hosted("stable", "Collector.application"))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.retryAfter()).isPositive();
              assertThat(e.getMessage()).doesNotContain("tsa.invalid");
            });
  }

  @Test
  void aMissingBlobOfTheManifestIsUnavailable() {
    ClickOnce cut = hosting(() -> new BlobNotFoundException(SHA));

    assertThatThrownBy(() -> cut.hosted("stable", "Collector.application"))
        .isInstanceOf(UnavailableException.class);
  }

  @Test
  void aMissingBlobOfAFileIsUnavailableWhenItIsOpened() {
    HostedContent content =
        new HostedContent(
            "Collector.dll.deploy", SHA, 10, false, null, new FileSystemBlobStore(blobs));

    assertThatThrownBy(() -> content.open(0, 10))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
  }

  @Test
  void aRingPathNamesRing0To99AndAnythingElseIsNoRing() {
    List<String> asked = new ArrayList<>();
    ClickOnce cut = new ClickOnce();
    cut.catalog =
        new ClickOnceCatalog() {
          @Override
          public Optional<ChannelReleases> channel(String channel, Integer ring) {
            asked.add(channel + "/" + ring);
            return Optional.empty();
          }
        };

    for (String path :
        List.of(
            "ring/100/Collector.application",
            "ring/07/Collector.application",
            "ring/-1/Collector.application",
            "ring/x/Collector.application",
            "ring/5",
            "ring//Collector.application")) {
      assertThat(cut.hosted("stable", path)).as(path).isEmpty();
    }
    assertThat(asked).as("refused before any lookup").isEmpty();
    cut.hosted("stable", "ring/0/Collector.application");
    cut.hosted("beta", "ring/99/Application Files/Collector_4_2_0_17/Collector.exe.manifest");
    cut.hosted("beta", "Collector.application");
    assertThat(asked).containsExactly("stable/0", "beta/99", "beta/null");
  }

  private static ClickOnce hosting(Supplier<RuntimeException> failure) {
    HostedRelease.File manifest = new HostedRelease.File("Collector.application", SHA, 1);
    HostedRelease current =
        new HostedRelease(
            new ClickOnceCatalog.AppRelease(1, AppVersion.parse("4.2.0.17"), "stable", false),
            new HostedRelease.Files(Map.of(), manifest, manifest));
    ClickOnce cut = new ClickOnce();
    cut.catalog =
        new ClickOnceCatalog() {
          @Override
          public Optional<ChannelReleases> channel(String channel, Integer ring) {
            return Optional.of(new ChannelReleases(channel, ring, List.of(current)));
          }
        };
    cut.manifests =
        new ClickOnceManifests() {
          @Override
          public Optional<SignedManifest> of(ChannelReleases releases) {
            throw failure.get();
          }
        };
    return cut;
  }
}
