package com.collector.portal.installrequests.control;

import com.collector.portal.installrequests.entity.RequestState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable parts of the workflow: how long a request may sit in a state before it is
 * flagged, and which step of the linked ticket's plan each move completes.
 */
@ApplicationScoped
public class RequestPolicy {

  @Inject
  @ConfigProperty(name = "portal.installation-requests.stuck-hours", defaultValue = "72")
  long stuckHours;

  @Inject
  @ConfigProperty(
      name = "portal.installation-requests.plan-steps",
      defaultValue = "SUBMITTED:2,ACCEPTED:1,INSTALLING:3,INSTALLED:4")
  String planSteps;

  public Duration stuckAfter() {
    return Duration.ofHours(Math.max(1, stuckHours));
  }

  /** The position of the plan step that reaching {@code state} completes, if any. */
  public OptionalInt stepFor(RequestState state) {
    Integer position = steps(planSteps).get(state);
    return position == null ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * "SUBMITTED:2,ACCEPTED:1" → {SUBMITTED=2, ACCEPTED=1}; entries that do not parse are left out.
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
