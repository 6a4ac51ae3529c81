package com.collector.portal.tickets.control;

import com.collector.portal.tickets.entity.SlaTargets;
import com.collector.portal.tickets.entity.TicketPriority;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Service-level targets per priority: the standard ones and those of customers whose plan grants
 * priority support. Written {@code URGENT=PT1H/PT8H,HIGH=…}: first response / resolution, in
 * working time.
 */
public record SlaPolicy(
    Map<TicketPriority, SlaTargets> standard, Map<TicketPriority, SlaTargets> prioritySupport) {

  public SlaPolicy {
    standard = Map.copyOf(standard);
    prioritySupport = Map.copyOf(prioritySupport);
  }

  public SlaTargets targets(TicketPriority priority, boolean withPrioritySupport) {
    return (withPrioritySupport ? prioritySupport : standard).get(priority);
  }

  /** Reads one set of targets, which must name every priority. */
  public static Map<TicketPriority, SlaTargets> parse(String text) {
    Map<TicketPriority, SlaTargets> targets = new EnumMap<>(TicketPriority.class);
    for (String part : text.split(",")) {
      String[] pair = part.split("=");
      String[] durations = pair.length == 2 ? pair[1].split("/") : new String[0];
      if (durations.length != 2) {
        throw new IllegalArgumentException("Targets read like URGENT=PT1H/PT8H: " + part);
      }
      try {
        targets.put(
            TicketPriority.valueOf(pair[0].strip().toUpperCase(Locale.ROOT)),
            new SlaTargets(
                Duration.parse(durations[0].strip()), Duration.parse(durations[1].strip())));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException("Unreadable service-level target: " + part, e);
      }
    }
    if (targets.size() != TicketPriority.values().length) {
      throw new IllegalArgumentException("Service-level targets must name every priority: " + text);
    }
    return targets;
  }
}
