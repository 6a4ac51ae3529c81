package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.ActionStatus;
import com.collector.portal.tickets.entity.PlannedAction;
import java.util.Collection;

/**
 * How far a plan got: done steps of all steps not skipped.
 *
 * @param label what pages show, e.g. {@code 3 of 6 steps done}
 */
public record PlanProgress(int done, int total, String label) {

  public static PlanProgress of(Collection<PlannedAction> actions) {
    int done = 0;
    int total = 0;
    for (PlannedAction action : actions) {
      if (action.status() != ActionStatus.SKIPPED) {
        total++;
        done += action.status() == ActionStatus.DONE ? 1 : 0;
      }
    }
    return new PlanProgress(done, total, done + " of " + total + " steps done");
  }
}
