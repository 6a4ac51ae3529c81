package com.collector.portal.telemetry.control;

import com.collector.portal.platform.control.Cron;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The extraction schedule of an installation's effective configuration ({@code general.schedule}:
 * cron entries in a time zone, optionally for one plugin) and the slots it sets. An entry that does
 * not read (stored before the portal checked crons) is left out, not guessed at.
 */
public final class RunSchedule {

  private static final Logger LOG = Logger.getLogger(RunSchedule.class.getName());
  private static final JsonProvider JSON = JsonProvider.provider();

  /** One entry: when, where, and for which plugin (null: any run counts). */
  record Entry(Cron cron, ZoneId zone, String plugin) {}

  /** A moment a run was due; {@code plugin} null when any plugin's run will do. */
  public record Slot(Instant at, String plugin) {}

  private final List<Entry> entries;
  private final String text;

  private RunSchedule(List<Entry> entries, String text) {
    this.entries = entries;
    this.text = text;
  }

  /** The schedule of an effective configuration document, as stored (JSON text). */
  public static RunSchedule of(String effective) {
    if (effective == null || effective.isBlank()) {
      return new RunSchedule(List.of(), "");
    }
    try (var reader = JSON.createReader(new StringReader(effective))) {
      return of(reader.readObject());
    }
  }

  public static RunSchedule of(JsonObject effective) {
    if (!(effective.get("general") instanceof JsonObject general)
        || !(general.get("schedule") instanceof JsonArray schedule)) {
      return new RunSchedule(List.of(), "");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonValue value : schedule) {
      if (value instanceof JsonObject entry
          && entry.get("cron") instanceof JsonString cron
          && entry.get("timeZone") instanceof JsonString zone) {
        try {
          entries.add(
              new Entry(
                  Cron.parse(cron.getString()),
                  ZoneId.of(zone.getString()),
                  entry.get("plugin") instanceof JsonString plugin ? plugin.getString() : null));
        } catch (IllegalArgumentException | DateTimeException unreadable) {
          LOG.fine(() -> "Schedule entry left out: " + entry + ": " + unreadable.getMessage());
        }
      }
    }
    return new RunSchedule(List.copyOf(entries), schedule.toString());
  }

  /** Whether nothing is scheduled. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The schedule as JSON text, to tell a changed schedule from an unrelated edit. */
  public String text() {
    return text;
  }

  /**
   * The slots after {@code after} up to and including {@code until}, in order, at most {@code
   * limit} (the earliest); entries firing at the same moment for the same plugin make one slot.
   */
  public List<Slot> slots(Instant after, Instant until, int limit) {
    Set<Slot> slots = new LinkedHashSet<>();
    for (Entry entry : entries) {
      for (Instant at : entry.cron().firings(entry.zone(), after, until, limit)) {
        slots.add(new Slot(at, entry.plugin()));
      }
    }
    List<Slot> ordered =
        slots.stream()
            .sorted(
                Comparator.comparing(Slot::at)
                    .thenComparing(Slot::plugin, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    return ordered.subList(0, Math.min(limit, ordered.size()));
  }
}
