package com.collector.portal.installrequests.control;

import com.collector.portal.installrequests.entity.RequestState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable parts of the workflow: how long a request may sit in a state before it is
 * flagged (one default, or hours per state), and which step of the linked ticket's plan each move
 * completes.
 */
@ApplicationScoped
public class RequestPolicy {

  @Inject
  @ConfigProperty(name = "portal.installation-requests.stuck-hours", defaultValue = "72")
  long stuckHours;

  @Inject
  @ConfigProperty(name = "portal.installation-requests.stuck-hours-by-state", defaultValue = "-")
  String stuckHoursByState;

  @Inject
  @ConfigProperty(
      name = "portal.installation-requests.plan-steps",
      defaultValue = "SUBMITTED:2,ACCEPTED:1,INSTALLING:3,INSTALLED:4")
  String planSteps;

  /** How long a request may sit in {@code state}: its own hours if configured, else the default. */
  public Duration stuckAfter(RequestState state) {
    Integer hours = steps(stuckHoursByState).get(state);
    return Duration.ofHours(Math.max(1, hours == null ? stuckHours : hours));
  }

  /** The states customer service works in, each with how long a request may sit there. */
  public Map<RequestState, Duration> stuckLimits() {
    Map<RequestState, Duration> limits = new EnumMap<>(RequestState.class);
    for (RequestState state : RequestState.values()) {
      if (state.isOpen()) {
        limits.put(state, stuckAfter(state));
      }
    }
    return limits;
  }

  /**
   * The JPQL condition (on {@code e}) of requests sitting in a worked state longer than that state
   * allows at {@code now}; binds its parameters into {@code parameters}.
   */
  public String stuckCondition(Map<String, Object> parameters, Instant now) {
    List<String> any = new ArrayList<>();
    stuckLimits()
        .forEach(
            (state, limit) -> {
              String key = state.name().toLowerCase(Locale.ROOT);
              any.add("(e.state = :stuck_" + key + " AND e.stateSince < :since_" + key + ")");
              parameters.put("stuck_" + key, state);
              parameters.put("since_" + key, now.minus(limit));
            });
    return "(" + String.join(" OR ", any) + ")";
  }

  /** The position of the plan step that reaching {@code state} completes, if any. */
  public OptionalInt stepFor(RequestState state) {
    Integer position = steps(planSteps).get(state);
    return position == null ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * "SUBMITTED:2,ACCEPTED:1" → {SUBMITTED=2, ACCEPTED=1}; entries that do not parse ("-" for none)
   * are left out.
   */
  static Map<RequestState, Integer> steps(String text) {
    Map<RequestState, Integer> steps = new EnumMap<>(RequestState.class);
    for (String entry : text.split(",")) {
      String[] parts = entry.strip().split(":");
      try {
        steps.put(
            RequestState.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)),
            Integer.parseInt(parts[1].strip()));
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ignored) {
        // A typo in one entry must not cost the others.
      }
    }
    return steps;
  }
}
