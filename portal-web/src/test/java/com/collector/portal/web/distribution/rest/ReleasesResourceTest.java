package com.collector.portal.web.distribution.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.collector.portal.distribution.boundary.NewRelease;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleasesResourceTest {

  private static MultivaluedMap<String, String> query(String... pairs) {
    MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      query.add(pairs[i], pairs[i + 1]);
    }
    return query;
  }

  @Test
  void readsEveryParameter() {
    NewRelease cut =
        ReleasesResource.metadata(
            query(
                "product",
                "ocr",
                "version",
                "1.2.0",
                "channel",
                "beta",
                "mandatory",
                "true",
                "rollout",
                "25",
                "notes.en",
                "Faster",
                "notes.nl",
                "Sneller",
                "minAppVersion",
                "4.0.0.0",
                "maxAppVersion",
                "4.9.0.0"));

    assertThat(cut)
        .isEqualTo(
            new NewRelease(
                "ocr",
                "1.2.0",
                "beta",
                true,
                25,
                Map.of(Language.en, "Faster", Language.nl, "Sneller"),
                "4.0.0.0",
                "4.9.0.0"));
  }

  @Test
  void leavesDefaultsToTheBoundary() {
    NewRelease cut = ReleasesResource.metadata(query("product", "ocr", "version", "1.0.0"));

    assertThat(cut.mandatory()).isNull();
    assertThat(cut.rollout()).isNull();
    assertThat(cut.channel()).isNull();
    assertThat(cut.notes()).isEmpty();
  }

  @Test
  void badFlagsAndNumbersNameTheirParameter() {
    assertField(query("mandatory", "yes"), "mandatory");
    assertField(query("rollout", "ten"), "rollout");
    assertField(query("rollout", "99999999999"), "rollout");
  }

  private static void assertField(MultivaluedMap<String, String> query, String field) {
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> ReleasesResource.metadata(query));
    assertThat(refused).isNotNull();
    assertThat(refused.errors()).extracting(e -> e.field()).containsExactly(field);
  }
}
