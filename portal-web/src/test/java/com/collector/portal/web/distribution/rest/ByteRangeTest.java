package com.collector.portal.web.distribution.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void resolvesClosedOpenAndSuffixRanges() {
    assertThat(ByteRange.parse("bytes=0-99", 1000)).contains(new ByteRange(0, 99));
    assertThat(ByteRange.parse("bytes=500-", 1000)).contains(new ByteRange(500, 999));
    assertThat(ByteRange.parse("bytes=-100", 1000)).contains(new ByteRange(900, 999));
    assertThat(ByteRange.parse("bytes=-5000", 1000)).contains(new ByteRange(0, 999));
    assertThat(ByteRange.parse("bytes=900-5000", 1000)).contains(new ByteRange(900, 999));
    assertThat(new ByteRange(10, 19).length()).isEqualTo(10);
  }

  @Test
  void anEndBeyondTheSizeIsTheLastByteHoweverManyDigitsItHas() {
    assertThat(ByteRange.parse("bytes=0-99999999999999999999999", 1000))
        .contains(new ByteRange(0, 999));
    assertThat(ByteRange.parse("bytes=10-" + Long.MAX_VALUE, 1000))
        .contains(new ByteRange(10, 999));
    assertThat(ByteRange.parse("bytes=-99999999999999999999999", 1000))
        .as("a suffix longer than the content is all of it")
        .contains(new ByteRange(0, 999));
  }

  @Test
  void sendsTheWholeContentForNoOrUnsupportedRanges() {
    assertThat(ByteRange.parse(null, 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).as("several ranges").isEmpty();
    assertThat(ByteRange.parse("items=0-1", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=-", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=9-3", 1000)).as("invalid: ignored").isEmpty();
  }

  @Test
  void refusesRangesBeyondTheEnd() {
    assertThatThrownBy(() -> ByteRange.parse("bytes=1000-", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThatThrownBy(() -> ByteRange.parse("bytes=-0", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThatThrownBy(() -> ByteRange.parse("bytes=99999999999999999999-", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
  }
}
