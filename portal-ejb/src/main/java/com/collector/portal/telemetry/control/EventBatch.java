package com.collector.portal.telemetry.control;

import com.collector.portal.platform.boundary.InvalidInputException;
import java.util.List;
import java.util.Map;

/**
 * A batch's events, read in one pass over {@code {"events": [...]}}: each event's members as plain
 * values and its JSON exactly as sent, without building a JSON object model and writing it out
 * again (the intake's hottest path). Members of other kinds than those an event uses (arrays,
 * objects other than {@code plugins}) are kept as {@link #NESTED} so that type checks name them.
 *
 * @param events the events in order; an element that is no object has null members
 */
public record EventBatch(List<Raw> events) {

  /**
   * Stands for a value no event member can be: a nested array or object where an event has none, or
   * a number no decimal holds.
   */
  public static final Object NESTED = new Object();

  /**
   * One element of the batch.
   *
   * @param members name → String, Long (an integral number within its range), BigDecimal (another
   *     number), Boolean, null (JSON null), {@code Map<String, Object>} (a nested object of
   *     scalars) or {@link #NESTED}; null when the element is not an object
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
    List<Raw> events;
    BatchScanner scanner = new BatchScanner(body);
    try {
      events = scanner.events();
    } catch (BatchScanner.Malformed malformed) {
      throw new InvalidInputException("body", "is not valid JSON");
    }
    if (events == null && !scanner.readObject()) {
      throw new InvalidInputException("body", "must be a JSON object"); // as the whole API says
    }
    if (events == null) {
      throw new InvalidInputException("events", "is required: the batch's array of events");
    }
    return new EventBatch(events);
  }
}
