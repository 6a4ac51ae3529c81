package com.collector.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A tiny JSON reader and writer, so the client needs nothing beyond Java SE. Objects read as {@link
 * Map} (in the order of the text), arrays as {@link List}, numbers as {@link Long} (or {@link
 * Double} with a fraction or exponent), plus {@link String}, {@link Boolean} and null; the writer
 * takes the same values back.
 */
final class Json {

  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /** Parses {@code text}; {@link IllegalArgumentException} when it is not JSON. */
  static Object parse(String text) {
    Json json = new Json(text);
    Object value = json.value();
    json.skipSpace();
    if (json.at != text.length()) {
      throw json.error("trailing characters");
    }
    return value;
  }

  /** Parses a JSON object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("Not a JSON object");
    }
    return (Map<String, Object>) value;
  }

  /**
   * The objects of a parsed array, each mapped by {@code each}; other elements are skipped, and a
   * {@code value} that is no array answers none.
   */
  static <T> List<T> objects(Object value, Function<Map<?, ?>, T> each) {
    List<T> mapped = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?> object) {
          mapped.add(each.apply(object));
        }
      }
    }
    return List.copyOf(mapped);
  }

  /** {@code value} as a JSON string literal. */
  static String quote(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A map of strings as a JSON object. */
  static String object(Map<String, String> values) {
    return write(values);
  }

  /** {@code value}, made of what {@link #parse} answers, as compact JSON. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, null);
    return out.toString();
  }

  /**
   * {@code value} as JSON indented by two spaces, one member or element a line, names in the order
   * the map iterates them (for parsed text: as it was written), ending with a newline.
   */
  static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  /** Writes {@code value}; {@code indent} is the current line's indentation, null for compact. */
  private static void write(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map) {
      String colon = indent == null ? ":" : ": ";
      members(
          map.entrySet(),
          '{',
          '}',
          out,
          indent,
          (member, inner) -> {
            if (!(member.getKey() instanceof String name)) {
              throw new IllegalArgumentException("Not a JSON name: " + member.getKey());
            }
            out.append(quote(name)).append(colon);
            write(member.getValue(), out, inner);
          });
    } else if (value instanceof List<?> list) {
      members(list, '[', ']', out, indent, (element, inner) -> write(element, out, inner));
    } else if (value instanceof String text) {
      out.append(quote(text));
    } else if (value == null
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Double number && Double.isFinite(number)) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value);
    }
  }

  private static <T> void members(
      Collection<T> items,
      char open,
      char close,
      StringBuilder out,
      String indent,
      BiConsumer<T, String> member) {
    String inner = indent == null ? null : indent + "  ";
    out.append(open);
    boolean first = true;
    for (T item : items) {
      if (!first) {
        out.append(',');
      }
      if (inner != null) {
        out.append('\n').append(inner);
      }
      member.accept(item, inner);
      first = false;
    }
    if (inner != null && !items.isEmpty()) {
      out.append('\n').append(indent);
    }
    out.append(close);
  }

  private Object value() {
    skipSpace();
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> readObject();
      case '[' -> readArray();
      case '"' -> readString();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> readNumber();
    };
  }

  private Map<String, Object> readObject() {
    Map<String, Object> object = new LinkedHashMap<>();
    at++;
    skipSpace();
    if (peek() == '}') {
      at++;
      return object;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a name");
      }
      String name = readString();
      skipSpace();
      expect(':');
      object.put(name, value());
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return object;
      }
    }
  }

  private List<Object> readArray() {
    List<Object> array = new ArrayList<>();
    at++;
    skipSpace();
    if (peek() == ']') {
      at++;
      return array;
    }
    while (true) {
      array.add(value());
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return array;
      }
    }
  }

  private String readString() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = at < text.length() ? text.charAt(at++) : 0;
      switch (escaped) {
        case '"', '\\', '/' -> out.append(escaped);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("bad escape");
          }
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw error("bad escape");
      }
    }
  }

  private Object readNumber() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String number = text.substring(start, at);
    try {
      if (number.contains(".") || number.contains("e") || number.contains("E")) {
        return Double.parseDouble(number);
      }
      return Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw error("bad value");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("bad literal");
    }
    at += word.length();
    return value;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : 0;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException("Malformed JSON at " + at + ": " + problem);
  }
}
