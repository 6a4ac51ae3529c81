package com.collector.portal.telemetry.control;

import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A batch's events, read in one streaming pass over {@code {"events": [...]}}: each event's members
 * as plain values and its JSON exactly as sent, without building a JSON object model and writing it
 * out again (the intake's hottest path). Members of other kinds than those an event uses (arrays,
 * objects other than {@code plugins}) are kept as {@link #NESTED} so that type checks name them.
 *
 * @param events the events in order; an element that is no object has null members
 */
public record EventBatch(List<Raw> events) {

  /** Stands for a nested array or object where an event has none. */
  public static final Object NESTED = new Object();

  private static final JsonProvider JSON = JsonProvider.provider();

  /**
   * One element of the batch.
   *
   * @param members name → String, Long (an integral number), BigDecimal (another number), Boolean,
   *     null (JSON null), {@code Map<String, Object>} (a nested object of scalars) or {@link
   *     #NESTED}; null when the element is not an object
   * @param json the element as sent
   */
  public record Raw(Map<String, Object> members, String json) {

    /** The member {@code name} when it is a string, else null (for naming a refused event). */
    public String text(String name) {
      return members != null && members.get(name) instanceof String text ? text : null;
    }
  }

  /**
   * Reads a UTF-8 body.
   *
   * @throws InvalidInputException naming {@code body} when it is no JSON object, {@code events}
   *     when the object has no array of events
   */
  public static EventBatch parse(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      List<Raw> events = null;
      if (parser.next() != Event.START_OBJECT) {
        throw new InvalidInputException("body", "must be a JSON object"); // as the whole API says
      }
      for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
        String name = parser.getString();
        Event value = parser.next();
        if (name.equals("events") && value == Event.START_ARRAY) {
          events = elements(parser, text);
        } else {
          if (name.equals("events")) {
            events = null;
          }
          skip(parser, value);
        }
      }
      if (parser.hasNext()) {
        throw new InvalidInputException("body", "is not valid JSON");
      }
      if (events == null) {
        throw missingEvents();
      }
      return new EventBatch(events);
    } catch (JsonException | IllegalStateException | NoSuchElementException malformed) {
      throw new InvalidInputException("body", "is not valid JSON");
    }
  }

  private static InvalidInputException missingEvents() {
    return new InvalidInputException("events", "is required: the batch's array of events");
  }

  private static List<Raw> elements(JsonParser parser, String text) {
    List<Raw> events = new ArrayList<>();
    for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
      long start = parser.getLocation().getStreamOffset();
      if (event == Event.START_OBJECT) {
        Map<String, Object> members = members(parser, true);
        events.add(new Raw(members, slice(text, start - 1, parser)));
      } else {
        skip(parser, event);
        events.add(new Raw(null, null));
      }
    }
    return events;
  }

  /** An object's members, the parser just past its start; nested objects one level deep. */
  private static Map<String, Object> members(JsonParser parser, boolean top) {
    Map<String, Object> members = new HashMap<>();
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      String name = parser.getString();
      Event value = parser.next();
      members.put(
          name,
          switch (value) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER ->
                parser.isIntegralNumber() ? (Object) parser.getLong() : parser.getBigDecimal();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_OBJECT -> top ? members(parser, false) : skipped(parser, value);
            default -> skipped(parser, value);
          });
    }
    return members;
  }

  private static Object skipped(JsonParser parser, Event value) {
    skip(parser, value);
    return NESTED;
  }

  /** Skips a value whose first event was just read. */
  private static void skip(JsonParser parser, Event value) {
    if (value == Event.START_OBJECT) {
      parser.skipObject();
    } else if (value == Event.START_ARRAY) {
      parser.skipArray();
    }
  }

  /** The text from {@code start} to where the parser stands (just past a closing brace). */
  private static String slice(String text, long start, JsonParser parser) {
    return text.substring((int) start, (int) parser.getLocation().getStreamOffset());
  }
}
