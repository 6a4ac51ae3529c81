package com.collector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  private static final String TEXT =
      "{\"z\":{},\"a\":[],\"m\":[1,-2.5,1.0E10,true,null,\"say \\\"hi\\\"\\n\\u0001é\"],"
          + "\"n\":{\"deep\":[{\"x\":0}]}}";

  @Test
  void compactWritingGivesBackWhatWasParsedInItsOrder() {
    assertThat(Json.write(Json.parse(TEXT))).isEqualTo(TEXT);
  }

  @Test
  void prettyWritingIndentsByTwoAndKeepsTheOrder() {
    assertThat(Json.pretty(Json.parse(TEXT)))
        .isEqualTo(
            """
            {
              "z": {},
              "a": [],
              "m": [
                1,
                -2.5,
                1.0E10,
                true,
                null,
                "say \\"hi\\"\\n\\u0001é"
              ],
              "n": {
                "deep": [
                  {
                    "x": 0
                  }
                ]
              }
            }
            """);
    assertThat(Json.parse(Json.pretty(Json.parse(TEXT)))).isEqualTo(Json.parse(TEXT));
  }

  @Test
  void valuesJsonCannotHoldAreRefused() {
    assertThatThrownBy(() -> Json.write(List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.write(Map.of(1, "one")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
  }
}
