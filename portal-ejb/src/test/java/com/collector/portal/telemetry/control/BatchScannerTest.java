package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner against a general JSON parser (Parsson, the platform's): on thousands of generated
 * batches, and on as many broken by one changed character, both must agree on what is JSON and, for
 * each event, on its members and its text.
 */
class BatchScannerTest {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final String STRUCTURE = "{}[],:\"\\ 0123456789-+.eEtrufalsn\t\n";

  @Test
  void readsWhatAGeneralParserReads() {
    Random random = new Random(42);
    for (int i = 0; i < 3_000; i++) {
      String body = batch(random);
      List<EventBatch.Raw> events = new BatchScanner(bytes(body)).events();
      JsonArray expected =
          JSON.createReader(new StringReader(body)).readObject().getJsonArray("events");

      assertThat(events).as(body).hasSize(expected.size());
      for (int e = 0; e < events.size(); e++) {
        JsonValue element = expected.get(e);
        EventBatch.Raw raw = events.get(e);
        if (element instanceof JsonObject object) {
          assertThat(raw.members()).as(body).isEqualTo(members(object, true));
          assertThat(JSON.createReader(new StringReader(raw.json())).readObject())
              .as(raw.json())
              .isEqualTo(object);
        } else {
          assertThat(raw.members()).as(body).isNull();
        }
      }
    }
  }

  @Test
  void refusesWhatAGeneralParserRefuses() {
    Random random = new Random(7);
    int broken = 0;
    for (int i = 0; i < 6_000; i++) {
      StringBuilder body = new StringBuilder(batch(random));
      int at = random.nextInt(body.length());
      switch (random.nextInt(3)) {
        case 0 -> body.deleteCharAt(at);
        case 1 -> body.insert(at, STRUCTURE.charAt(random.nextInt(STRUCTURE.length())));
        default -> body.setCharAt(at, STRUCTURE.charAt(random.nextInt(STRUCTURE.length())));
      }
      boolean json = isJson(body.toString());
      broken += json ? 0 : 1;
      if (json) {
        new BatchScanner(bytes(body.toString())).events();
      } else {
        assertThatThrownBy(() -> new BatchScanner(bytes(body.toString())).events())
            .as(body.toString())
            .isInstanceOf(BatchScanner.Malformed.class);
      }
    }
    assertThat(broken).as("mutations that broke the JSON").isGreaterThan(2_000);
  }

  @Test
  void numbersBeyondALongStayExactAndNestingHasALimit() {
    Map<String, Object> members =
        new BatchScanner(
                bytes("{\"events\":[{\"n\":99999999999999999999,\"m\":-9223372036854775808}]}"))
            .events()
            .get(0)
            .members();

    assertThat(members.get("n")).isEqualTo(new java.math.BigDecimal("99999999999999999999"));
    assertThat(members.get("m")).isEqualTo(Long.MIN_VALUE);
    assertThat(
            new BatchScanner(bytes("{\"events\":[{\"n\":1E999999999999}]}"))
                .events()
                .get(0)
                .members()
                .get("n"))
        .as("a number no decimal holds")
        .isSameAs(EventBatch.NESTED);
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> new BatchScanner(bytes("{\"events\":[" + deep + "]}")).events())
        .isInstanceOf(BatchScanner.Malformed.class);
  }

  private static boolean isJson(String body) {
    // Events only, no values: a number like 1E999999999999 is JSON though no decimal holds it.
    try (JsonParser parser = JSON.createParser(new StringReader(body))) {
      while (parser.hasNext()) {
        parser.next();
      }
      return true;
    } catch (RuntimeException refused) {
      return false;
    }
  }

  /** The members as the scanner gives them: scalars, nested objects of the top level, NESTED. */
  private static Map<String, Object> members(JsonObject object, boolean top) {
    Map<String, Object> members = new HashMap<>();
    object.forEach(
        (name, value) ->
            members.put(
                name,
                switch (value.getValueType()) {
                  case STRING -> ((JsonString) value).getString();
                  case NUMBER -> number((JsonNumber) value);
                  case TRUE -> Boolean.TRUE;
                  case FALSE -> Boolean.FALSE;
                  case NULL -> null;
                  case OBJECT -> top ? members(value.asJsonObject(), false) : EventBatch.NESTED;
                  case ARRAY -> EventBatch.NESTED;
                }));
    return members;
  }

  private static Object number(JsonNumber number) {
    java.math.BigDecimal value = number.bigDecimalValue();
    if (number.isIntegral()
        && !number.toString().contains("e")
        && !number.toString().contains("E")) {
      try {
        return value.longValueExact();
      } catch (ArithmeticException beyond) {
        return value;
      }
    }
    return value;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String batch(Random random) {
    StringBuilder body = new StringBuilder("{");
    List<String> members = new ArrayList<>();
    members.add(
        space(random) + "\"events\"" + space(random) + ":" + space(random) + events(random));
    if (random.nextBoolean()) {
      members.add(random.nextInt(members.size() + 1), "\"meta\":" + value(random, 0));
    }
    body.append(String.join(",", members)).append(space(random)).append('}');
    return space(random) + body + space(random);
  }

  private static String events(Random random) {
    List<String> events = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      events.add(space(random) + (random.nextInt(6) == 0 ? value(random, 1) : object(random, 1)));
    }
    return "[" + String.join(",", events) + space(random) + "]";
  }

  private static String object(Random random, int depth) {
    List<String> members = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      members.add(
          space(random)
              + text(random)
              + space(random)
              + ":"
              + space(random)
              + value(random, depth + 1));
    }
    return "{" + String.join(",", members) + space(random) + "}";
  }

  private static String value(Random random, int depth) {
    int kind = random.nextInt(depth > 3 ? 6 : 8);
    return switch (kind) {
      case 0 -> text(random);
      case 1 -> number(random);
      case 2 -> "true";
      case 3 -> "false";
      case 4 -> "null";
      case 5 -> text(random);
      case 6 -> object(random, depth);
      default -> {
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          items.add(space(random) + value(random, depth + 1));
        }
        yield "[" + String.join(",", items) + space(random) + "]";
      }
    };
  }

  private static String number(Random random) {
    return switch (random.nextInt(7)) {
      case 0 -> Long.toString(random.nextLong());
      case 1 -> Integer.toString(random.nextInt(1000));
      case 2 -> "-0";
      case 3 -> random.nextInt(100) + "." + random.nextInt(1000);
      case 4 -> random.nextInt(10) + (random.nextBoolean() ? "e" : "E+") + random.nextInt(20);
      case 5 -> "123456789012345678901234567890";
      default -> "-" + random.nextInt(100) + ".5e-" + random.nextInt(9);
    };
  }

  private static String text(Random random) {
    String[] parts = {
      "id",
      "type",
      "é",
      "€",
      "😀",
      "\\\"",
      "\\\\",
      "\\/",
      "\\n",
      "\\t",
      "\\u00e9",
      "\\ud83d\\ude00",
      "\\u0000",
      "a b",
      "session_start",
      ""
    };
    StringBuilder text = new StringBuilder("\"");
    for (int i = random.nextInt(4); i > 0; i--) {
      text.append(parts[random.nextInt(parts.length)]);
    }
    return text.append('"').toString();
  }

  private static String space(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> " ";
      case 1 -> "\n\t ";
      case 2 -> "\r\n";
      default -> "";
    };
  }
}
