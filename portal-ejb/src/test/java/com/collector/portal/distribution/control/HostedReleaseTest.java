package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.distribution.entity.HostedFileRole;
import com.collector.portal.distribution.entity.Product;
import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.ReleaseFile;
import com.collector.portal.distribution.entity.ReleaseTerms;
import com.collector.portal.distribution.entity.ReleaseVersion;
import com.collector.portal.distribution.entity.SignedPackage;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostedReleaseTest {

  private static final String FOLDER = "Application Files/Collector_4_2_0_17/";

  @Test
  void uploadedDeploymentManifestsAreNotServedAsFiles() throws Exception {
    Release release = release();
    List<ReleaseFile> rows =
        List.of(
            new ReleaseFile(
                release, "Collector.application", HostedFileRole.DEPLOYMENT_MANIFEST, "a1", 1),
            new ReleaseFile(
                release, FOLDER + "Collector.application", HostedFileRole.FILE, "a2", 1),
            new ReleaseFile(
                release,
                FOLDER + "Collector.exe.manifest",
                HostedFileRole.APPLICATION_MANIFEST,
                "m1",
                2),
            new ReleaseFile(release, FOLDER + "Collector.dll.deploy", HostedFileRole.FILE, "d1", 3),
            new ReleaseFile(release, "setup.exe", HostedFileRole.FILE, "s1", 4));

    HostedRelease.Files cut = HostedRelease.Files.of(rows);

    assertThat(cut.byPath())
        .containsOnlyKeys(
            FOLDER + "Collector.exe.manifest", FOLDER + "Collector.dll.deploy", "setup.exe");
    assertThat(cut.deploymentManifest().path()).isEqualTo("Collector.application");
    assertThat(cut.applicationManifest().sha256()).isEqualTo("m1");
  }

  private static Release release() throws Exception {
    Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
    Release release =
        new Release(
            Product.collectorApp("/1/", t0),
            ReleaseVersion.parse(ProductKind.APP, "4.2.0.17", "version"),
            new ReleaseTerms("stable", Map.of(), null, null, false, 100),
            new SignedPackage("ab".repeat(32), 1234, "c2ln", "kid-1", "RS256"),
            "rm@vendor.test",
            t0);
    // The id the database would have given it: a file row names its release by id.
    Field id = Release.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(release, 7L);
    return release;
  }
}
