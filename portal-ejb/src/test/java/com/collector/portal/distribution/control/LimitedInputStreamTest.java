package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.collector.portal.platform.boundary.PayloadTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

  @Test
  void readsUpToTheLimit() throws IOException {
    LimitedInputStream cut =
        new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10, "p");

    assertThat(cut.readAllBytes()).hasSize(10);
  }

  @Test
  void oneByteMoreIsA413NamingTheField() {
    LimitedInputStream cut =
        new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10, "p");

    PayloadTooLargeException refused =
        catchThrowableOfType(PayloadTooLargeException.class, cut::readAllBytes);

    assertThat(refused).isNotNull();
    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("p");
  }

  @Test
  void singleByteReadsCountToo() throws IOException {
    LimitedInputStream cut = new LimitedInputStream(new ByteArrayInputStream(new byte[2]), 1, "p");
    cut.read();

    assertThat(catchThrowableOfType(PayloadTooLargeException.class, cut::read)).isNotNull();
  }
}
