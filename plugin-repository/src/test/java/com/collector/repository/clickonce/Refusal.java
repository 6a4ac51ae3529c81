package com.collector.repository.clickonce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.collector.repository.versions.AppVersion;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs an ingest that must be refused and checks what every refusal owes: the field, a message, and
 * nothing left in the hosting directory (no target, no staging leftovers).
 */
final class Refusal {

  private final PublishRefusedException refused;

  private Refusal(PublishRefusedException refused) {
    this.refused = refused;
  }

  static Refusal of(ClickOncePublishIngest cut, PublishFixture fixture, Path uploads, Path hosted) {
    return of(cut, fixture.zip(), ClickOncePublishIngestTest.RELEASE, uploads, hosted);
  }

  static Refusal of(
      ClickOncePublishIngest cut, byte[] zip, AppVersion expected, Path uploads, Path hosted) {
    Path file = PublishZips.write(uploads, zip);
    PublishRefusedException refused =
        catchThrowableOfType(
            () -> cut.ingest(file, expected, hosted.resolve("target")),
            PublishRefusedException.class);
    assertThat(refused).as("the ingest was refused").isNotNull();
    try {
      assertThat(ClickOncePublishIngestTest.listing(hosted)).as("left behind").isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return new Refusal(refused);
  }

  Refusal hasField(String field) {
    assertThat(refused.field()).as(refused.getMessage()).isEqualTo(field);
    return this;
  }

  Refusal hasMessageContaining(String text) {
    assertThat(refused.getMessage()).contains(text);
    return this;
  }
}
