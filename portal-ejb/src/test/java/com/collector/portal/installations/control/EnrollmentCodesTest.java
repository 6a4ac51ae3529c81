package com.collector.portal.installations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrollmentCodesTest {

  @Test
  void codesAreGroupedFromTheUnambiguousAlphabet() {
    String code = EnrollmentCodes.newCode();

    assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}");
    assertThat(EnrollmentCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
  }

  @Test
  void codesDiffer() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      codes.add(EnrollmentCodes.newCode());
    }
    assertThat(codes).hasSize(1000);
  }

  @Test
  void typingIgnoresCaseSpacesAndDashes() {
    assertThat(EnrollmentCodes.normalize(" abcd efgh-23 ")).isEqualTo("ABCDEFGH23");
    assertThat(EnrollmentCodes.normalize("ABCD-EFGH-23")).isEqualTo("ABCDEFGH23");
  }

  @Test
  void whatCannotBeACodeIsNull() {
    assertThat(EnrollmentCodes.normalize(null)).isNull();
    assertThat(EnrollmentCodes.normalize("ABCD-EFGH-2")).isNull();
    assertThat(EnrollmentCodes.normalize("ABCD-EFGH-20")).isNull();
    assertThat(EnrollmentCodes.normalize("ABCD-EFGH-234")).isNull();
  }
}
