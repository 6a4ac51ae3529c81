package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.clickonce.PublishFixture;
import com.collector.repository.signing.LocalKeyStoreSigner;
import com.collector.repository.signing.Signer;
import com.collector.repository.signing.SigningException;
import com.collector.repository.storage.BlobStore;
import com.collector.repository.storage.FileSystemBlobStore;
import com.collector.repository.storage.Sha256;
import com.collector.repository.versions.AppVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Signing is slow and remote (Key Vault, a timestamp server): once per manifest, never twice. */
class ClickOnceManifestsTest {

  private static final int CALLERS = 8;

  @TempDir Path dir;

  private final AtomicInteger signings = new AtomicInteger();
  private volatile boolean failNext;

  @Test
  void concurrentFirstRequestsForAChannelWaitForOneSigning() throws Exception {
    ClickOnceManifests cut = manifests();
    ChannelReleases stable = channel();
    CyclicBarrier start = new CyclicBarrier(CALLERS);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<ClickOnceManifests.SignedManifest>> answers = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        answers.add(
            callers.submit(
                () -> {
                  start.await();
                  return cut.of(stable).orElseThrow();
                }));
      }
      List<String> digests = new ArrayList<>();
      for (Future<ClickOnceManifests.SignedManifest> answer : answers) {
        digests.add(answer.get(30, TimeUnit.SECONDS).sha256());
      }

      assertThat(signings).hasValue(1);
      assertThat(digests).hasSize(CALLERS).containsOnly(digests.get(0));
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aFailedSigningIsNotKept() {
    ClickOnceManifests cut = manifests();
    ChannelReleases stable = channel();
    failNext = true;

    assertThatThrownBy(() -> cut.of(stable)).isInstanceOf(SigningException.class);
    assertThat(cut.of(stable)).isPresent();
    assertThat(cut.of(stable)).isPresent();

    assertThat(signings).as("the failure, then one that is kept").hasValue(2);
  }

  @Test
  void eachRingGetsOneManifestNamingItsOwnUrl() {
    ClickOnceManifests cut = manifests();

    ClickOnceManifests.SignedManifest plain = cut.of(channel()).orElseThrow();
    ClickOnceManifests.SignedManifest ring7 = cut.of(channel(7)).orElseThrow();
    ClickOnceManifests.SignedManifest again = cut.of(channel(7)).orElseThrow();
    ClickOnceManifests.SignedManifest ring8 = cut.of(channel(8)).orElseThrow();

    assertThat(plain.url())
        .isEqualTo("https://portal.example/clickonce/stable/Collector.application");
    assertThat(ring7.url())
        .isEqualTo("https://portal.example/clickonce/stable/ring/7/Collector.application");
    assertThat(ring8.url()).contains("/clickonce/stable/ring/8/");
    assertThat(again).isSameAs(ring7);
    assertThat(signings).as("one per distinct ring state, never per request").hasValue(3);
  }

  private ClickOnceManifests manifests() {
    PublishFixture publish = PublishFixture.of("4.2.0.17");
    BlobStore blobs = new FileSystemBlobStore(dir.resolve("blobs"));
    put(blobs, publish.deploymentManifest());
    put(blobs, publish.applicationManifest());
    Signer key = LocalKeyStoreSigner.openOrCreate(dir.resolve("keys"), "clickonce", "CN=Test");
    ClickOnceManifests cut = new ClickOnceManifests();
    cut.publicUrl = "https://portal.example";
    cut.clock = Clock.systemUTC();
    cut.storage =
        new PackageStorage() {
          @Override
          public BlobStore blobs() {
            return blobs;
          }
        };
    cut.signing =
        new ClickOnceSigning() {
          @Override
          public Signer signer() {
            return key;
          }

          @Override
          public byte[] sign(Document manifest) {
            signings.incrementAndGet();
            pause(); // as a remote signature takes: the other callers arrive meanwhile
            if (failNext) {
              failNext = false;
              throw new SigningException("Key Vault is down", null);
            }
            return ("signed " + manifest.getDocumentElement().getLocalName())
                .getBytes(StandardCharsets.UTF_8);
          }
        };
    return cut;
  }

  private ChannelReleases channel() {
    return channel(null);
  }

  private ChannelReleases channel(Integer ring) {
    PublishFixture publish = PublishFixture.of("4.2.0.17");
    HostedRelease.File deployment = file("Collector.application", publish.deploymentManifest());
    HostedRelease.File application =
        file(publish.applicationManifestEntry(), publish.applicationManifest());
    return new ChannelReleases(
        "stable",
        ring,
        List.of(
            new HostedRelease(
                new ClickOnceCatalog.AppRelease(1, AppVersion.parse("4.2.0.17"), "stable", false),
                new HostedRelease.Files(Map.of(), deployment, application))));
  }

  private static HostedRelease.File file(String path, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return new HostedRelease.File(
        path, HexFormat.of().formatHex(Sha256.newDigest().digest(bytes)), bytes.length);
  }

  private static void put(BlobStore blobs, String content) {
    blobs.put(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), 1 << 20);
  }

  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
