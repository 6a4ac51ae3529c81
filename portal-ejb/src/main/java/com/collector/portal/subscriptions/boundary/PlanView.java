package com.collector.portal.subscriptions.boundary;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.subscriptions.entity.Plan;
import com.collector.portal.subscriptions.entity.PlanVersion;
import com.collector.portal.subscriptions.entity.Term;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plan of the catalog with the version sold now. */
public record PlanView(
    long id,
    String code,
    Map<String, String> names,
    int version,
    Term term,
    Integer trialDays,
    EntitlementsView entitlements,
    Instant publishedAt) {

  static PlanView of(Plan plan) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      names.put(language.name(), plan.name(language));
    }
    PlanVersion current = plan.current();
    return new PlanView(
        plan.id(),
        plan.code(),
        names,
        current.number(),
        current.term(),
        current.trialDays(),
        EntitlementsView.of(current.entitlements()),
        current.createdAt());
  }
}
