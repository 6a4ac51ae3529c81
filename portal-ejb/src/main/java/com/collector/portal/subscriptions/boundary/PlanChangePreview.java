package com.collector.portal.subscriptions.boundary;

import com.collector.portal.subscriptions.entity.Feature;
import com.collector.portal.subscriptions.entity.Limit;
import com.collector.portal.subscriptions.entity.PlanEntitlements;
import com.collector.portal.subscriptions.entity.PlanVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a plan change would do, shown before it is confirmed: when it takes effect (at once for an
 * upgrade, which loses nothing; at the term end otherwise), features and limits gained and lost,
 * and what the customer uses now beyond the new limits.
 */
public record PlanChangePreview(
    String fromPlan,
    int fromVersion,
    String toPlan,
    int toVersion,
    boolean immediate,
    Instant effectiveAt,
    List<String> featuresGained,
    List<String> featuresLost,
    List<LimitChange> limitChanges,
    List<String> pluginsGained,
    List<String> pluginsLost,
    List<Excess> exceeding) {

  /** A limit that differs; null is unlimited. */
  public record LimitChange(String limit, Integer from, Integer to) {}

  /** A limit the customer's current usage already exceeds on the new plan. */
  public record Excess(String limit, long inUse, int allowed) {}

  static PlanChangePreview of(
      PlanVersion from, PlanVersion to, Instant termEnd, Instant now, Map<Limit, Long> inUse) {
    PlanEntitlements a = from.entitlements();
    PlanEntitlements b = to.entitlements();
    boolean immediate = b.covers(a);
    List<String> gained = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (Feature feature : Feature.values()) {
      if (b.allows(feature) && !a.allows(feature)) {
        gained.add(feature.key());
      } else if (a.allows(feature) && !b.allows(feature)) {
        lost.add(feature.key());
      }
    }
    List<LimitChange> limits = new ArrayList<>();
    List<Excess> exceeding = new ArrayList<>();
    for (Limit limit : Limit.values()) {
      Integer before = value(a.limit(limit));
      Integer after = value(b.limit(limit));
      if (!Objects.equals(before, after)) {
        limits.add(new LimitChange(limit.key(), before, after));
      }
      Long used = inUse.get(limit);
      if (after != null && used != null && used > after) {
        exceeding.add(new Excess(limit.key(), used, after));
      }
    }
    return new PlanChangePreview(
        from.plan().code(),
        from.number(),
        to.plan().code(),
        to.number(),
        immediate,
        immediate ? now : termEnd,
        gained,
        lost,
        limits,
        b.allowedPlugins().stream().filter(p -> !a.allowedPlugins().contains(p)).toList(),
        a.allowedPlugins().stream().filter(p -> !b.allowedPlugins().contains(p)).toList(),
        exceeding);
  }

  private static Integer value(OptionalInt limit) {
    return limit.isPresent() ? limit.getAsInt() : null;
  }
}
