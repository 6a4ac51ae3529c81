package com.collector.repository.packages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict, small JSON (RFC 8259) reader for the package manifest, so this Java SE module needs no
 * JSON library. Objects become {@link Map}s (duplicate keys refused: two readers could pick
 * different values), arrays {@link List}s, numbers {@link BigDecimal}s, and {@code null} is {@code
 * null}. Errors are {@link IllegalArgumentException}s naming the position.
 */
final class JsonReader {

  private static final int MAX_DEPTH = 32;
  private static final Pattern HEX4 = Pattern.compile("[0-9a-fA-F]{4}");
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final String text;
  private int at;

  private JsonReader(String text) {
    this.text = text;
  }

  /** Parses one JSON value that fills the whole text, surrounding white space allowed. */
  static Object parse(String text) {
    JsonReader reader = new JsonReader(text);
    Object value = reader.value(0);
    reader.skipWhitespace();
    if (reader.at != text.length()) {
      throw reader.error("unexpected text after the value");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
    skipWhitespace();
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    if (consume('}')) {
      return members;
    }
    do {
      skipWhitespace();
      if (at >= text.length() || text.charAt(at) != '"') {
        throw error("expected a member name");
      }
      String key = string();
      expect(':');
      if (members.containsKey(key)) {
        throw error("duplicate member '" + key + "'");
      }
      members.put(key, value(depth + 1));
    } while (consume(','));
    expect('}');
    return members;
  }

  private List<Object> array(int depth) {
    List<Object> items = new ArrayList<>();
    at++;
    if (consume(']')) {
      return items;
    }
    do {
      items.add(value(depth + 1));
    } while (consume(','));
    expect(']');
    return items;
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character in a string");
      }
      out.append(c == '\\' ? escape() : c);
    }
  }

  private char escape() {
    if (at >= text.length()) {
      throw error("unterminated escape");
    }
    char c = text.charAt(at++);
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicodeEscape();
      default -> throw error("invalid escape \\" + c);
    };
  }

  private char unicodeEscape() {
    if (at + 4 > text.length() || !HEX4.matcher(text).region(at, at + 4).matches()) {
      throw error("invalid \\u escape");
    }
    char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
    at += 4;
    return c;
  }

  private BigDecimal number() {
    Matcher m = NUMBER.matcher(text).region(at, text.length());
    if (!m.lookingAt()) {
      throw error("unexpected character '" + text.charAt(at) + "'");
    }
    at = m.end();
    return new BigDecimal(m.group());
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("unexpected character '" + text.charAt(at) + "'");
    }
    at += word.length();
    return value;
  }

  private boolean consume(char c) {
    skipWhitespace();
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipWhitespace() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(problem + " at character " + (at + 1));
  }
}
