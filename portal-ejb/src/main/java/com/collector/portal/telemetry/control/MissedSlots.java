package com.collector.portal.telemetry.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which slots were missed: a slot is kept when an extraction run (of its plugin, if it
 * names one) occurred from the slot to the tolerance after it, and missed otherwise. Pure: the
 * caller brings the slots, the runs around them and the count of misses in a row so far.
 */
public final class MissedSlots {

  private MissedSlots() {}

  /** A run as stored: when it occurred and which plugin ran. */
  public record Run(Instant at, String plugin) {}

  /**
   * The missed slots, in order, and the misses in a row after them ({@code inRowBefore} carried on
   * unless a slot was kept), with the last missed slot (null when none was).
   */
  public record Outcome(List<RunSchedule.Slot> missed, int inRow, Instant lastMissed) {}

  /** {@code runs} must be in the order they occurred. */
  public static Outcome judge(
      List<RunSchedule.Slot> slots, List<Run> runs, Duration tolerance, int inRowBefore) {
    List<Instant> times = runs.stream().map(Run::at).toList();
    List<RunSchedule.Slot> missed = new ArrayList<>();
    int inRow = inRowBefore;
    Instant lastMissed = null;
    for (RunSchedule.Slot slot :
        slots.stream().sorted(Comparator.comparing(RunSchedule.Slot::at)).toList()) {
      if (kept(slot, runs, times, tolerance)) {
        inRow = 0;
      } else {
        missed.add(slot);
        inRow++;
        lastMissed = slot.at();
      }
    }
    return new Outcome(List.copyOf(missed), inRow, lastMissed);
  }

  private static boolean kept(
      RunSchedule.Slot slot, List<Run> runs, List<Instant> times, Duration tolerance) {
    int from = Collections.binarySearch(times, slot.at());
    if (from < 0) {
      from = -from - 1;
    } else {
      while (from > 0 && times.get(from - 1).equals(slot.at())) {
        from--;
      }
    }
    Instant latest = slot.at().plus(tolerance);
    for (int i = from; i < runs.size() && !times.get(i).isAfter(latest); i++) {
      if (slot.plugin() == null || slot.plugin().equals(runs.get(i).plugin())) {
        return true;
      }
    }
    return false;
  }
}
