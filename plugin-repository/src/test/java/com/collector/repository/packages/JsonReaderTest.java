package com.collector.repository.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

  @Test
  void readsEveryKindOfValue() {
    Object value =
        JsonReader.parse(
            " {\"s\": \"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\", \"n\": -1.5e3, \"t\": true,"
                + " \"f\": false, \"z\": null, \"a\": [1, [], {}]} ");

    assertThat(value)
        .isEqualTo(
            mapOf(
                "s",
                "a\"b\\c/d\né😀",
                "n",
                new BigDecimal("-1.5e3"),
                "t",
                true,
                "f",
                false,
                "z",
                null,
                "a",
                List.of(BigDecimal.ONE, List.of(), Map.of())));
  }

  private static Map<String, Object> mapOf(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{",
        "{\"a\":1,}",
        "[1,]",
        "{\"a\" 1}",
        "{a:1}",
        "\"x",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\u+123\"",
        "01",
        "1.",
        "-",
        "tru",
        "nul",
        "{} {}",
        "{\"a\":1,\"a\":2}",
        "'x'",
        "\"tab\there\""
      })
  void refusesWhatIsNotStrictJson(String text) {
    assertThatThrownBy(() -> JsonReader.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at character");
  }

  @Test
  void refusesDeepNesting() {
    char[] open = new char[40];
    Arrays.fill(open, '[');
    char[] close = new char[40];
    Arrays.fill(close, ']');

    assertThatThrownBy(() -> JsonReader.parse(new String(open) + new String(close)))
        .hasMessageContaining("nested deeper");
    assertThat(JsonReader.parse("[[[[1]]]]"))
        .isEqualTo(List.of(List.of(List.of(List.of(BigDecimal.ONE)))));
  }
}
