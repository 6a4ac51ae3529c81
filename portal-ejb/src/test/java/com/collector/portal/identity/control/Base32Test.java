package com.collector.portal.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base32Test {

  @Test
  void encodesTheRfc4648VectorsWithoutPadding() {
    assertThat(Base32.encode(bytes(""))).isEmpty();
    assertThat(Base32.encode(bytes("f"))).isEqualTo("MY");
    assertThat(Base32.encode(bytes("fo"))).isEqualTo("MZXQ");
    assertThat(Base32.encode(bytes("foo"))).isEqualTo("MZXW6");
    assertThat(Base32.encode(bytes("foob"))).isEqualTo("MZXW6YQ");
    assertThat(Base32.encode(bytes("fooba"))).isEqualTo("MZXW6YTB");
    assertThat(Base32.encode(bytes("foobar"))).isEqualTo("MZXW6YTBOI");
  }

  @Test
  void decodesWhatPeopleTypeBack() {
    assertThat(Base32.decode("mzxw 6ytb oi======")).isEqualTo(bytes("foobar"));
    assertThatThrownBy(() -> Base32.decode("MZ1")).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
