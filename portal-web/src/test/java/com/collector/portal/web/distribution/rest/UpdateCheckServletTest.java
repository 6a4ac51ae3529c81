package com.collector.portal.web.distribution.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.distribution.boundary.UpdateQuery;
import com.collector.portal.platform.boundary.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateCheckServletTest {

  private static UpdateQuery read(String json) {
    return UpdateCheckServlet.query(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String fieldOf(String json) {
    try {
      read(json);
    } catch (InvalidInputException e) {
      return e.errors().get(0).field();
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void readsTheCheck() {
    UpdateQuery query =
        read("{\"appVersion\":\"4.2.0.17\",\"channel\":\"beta\",\"plugins\":{\"ocr\":\"1.2.0\"}}");

    assertThat(query.appVersion()).isEqualTo("4.2.0.17");
    assertThat(query.channel()).isEqualTo("beta");
    assertThat(query.plugins()).isEqualTo(Map.of("ocr", "1.2.0"));
    assertThat(read("{\"appVersion\":\"4.2.0.17\"}").plugins()).isEmpty();
  }

  @Test
  void namesTheFieldThatIsNotACheck() {
    assertThat(fieldOf("{\"appVersion\":4}")).isEqualTo("appVersion");
    assertThat(fieldOf("{\"appVersion\":\"1.0.0.0\",\"channel\":[]}")).isEqualTo("channel");
    assertThat(fieldOf("{\"appVersion\":\"1.0.0.0\",\"plugins\":[\"ocr\"]}")).isEqualTo("plugins");
    assertThat(fieldOf("{\"appVersion\":\"1.0.0.0\",\"plugins\":{\"ocr\":1}}"))
        .isEqualTo("plugins.ocr");
    assertThat(fieldOf("[1]")).isEqualTo("body");
    assertThat(fieldOf("{\"appVersion\":")).isEqualTo("body");
    assertThatThrownBy(() -> read("")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void matchesEntityTagsOfIfNoneMatch() {
    assertThat(UpdateCheckServlet.matches("\"abc\"", "\"abc\"")).isTrue();
    assertThat(UpdateCheckServlet.matches("\"x\", W/\"abc\"", "\"abc\"")).isTrue();
    assertThat(UpdateCheckServlet.matches("*", "\"abc\"")).isTrue();
    assertThat(UpdateCheckServlet.matches("\"abd\"", "\"abc\"")).isFalse();
    assertThat(UpdateCheckServlet.matches(null, "\"abc\"")).isFalse();
  }
}
