package com.collector.portal.web.subscriptions.faces;

import com.collector.portal.subscriptions.boundary.EntitlementsView;
import com.collector.portal.subscriptions.boundary.PlanTerms;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.entity.Feature;
import com.collector.portal.subscriptions.entity.Limit;
import com.collector.portal.subscriptions.entity.Term;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The terms of a plan version as the plan dialog edits them: features as checked keys. */
public class PlanTermsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One limit of a plan as the catalog table shows it; {@code value} null is unlimited. */
  public record LimitValue(String key, Integer value) {}

  private Term term = Term.MONTHLY;
  private Integer trialDays;
  // Mutable: Faces fills a new instance of this collection type on submit.
  private List<String> features = new ArrayList<>();
  private Integer maxInstallations;
  private Integer maxUsers;
  private Integer telemetryRetentionDays;
  private String allowedPlugins;

  /** The form prefilled with the plan's current terms. */
  static PlanTermsForm of(PlanView plan) {
    PlanTermsForm form = new PlanTermsForm();
    EntitlementsView e = plan.entitlements();
    form.term = plan.term();
    form.trialDays = plan.trialDays();
    form.features = new ArrayList<>(features(e));
    form.maxInstallations = e.maxInstallations();
    form.maxUsers = e.maxUsers();
    form.telemetryRetentionDays = e.telemetryRetentionDays();
    form.allowedPlugins = String.join(", ", e.allowedPlugins());
    return form;
  }

  PlanTerms toTerms() {
    return new PlanTerms(
        term,
        trialDays,
        features.contains(Feature.SCHEDULED_EXTRACTIONS.key()),
        features.contains(Feature.CONFIG_SYNC.key()),
        features.contains(Feature.API_ACCESS.key()),
        features.contains(Feature.PRIORITY_SUPPORT.key()),
        maxInstallations,
        maxUsers,
        telemetryRetentionDays,
        allowedPlugins == null
            ? List.of()
            : Arrays.stream(allowedPlugins.split("[,\\s]+")).filter(p -> !p.isEmpty()).toList());
  }

  /** The keys of the features {@code e} includes, in the order of {@link Feature}. */
  static List<String> features(EntitlementsView e) {
    List<String> included = new ArrayList<>();
    for (Feature feature : Feature.values()) {
      if (includes(e, feature)) {
        included.add(feature.key());
      }
    }
    return included;
  }

  // Exhaustive on purpose: a new feature does not compile until the page knows it.
  private static boolean includes(EntitlementsView e, Feature feature) {
    return switch (feature) {
      case SCHEDULED_EXTRACTIONS -> e.scheduledExtractions();
      case CONFIG_SYNC -> e.configSync();
      case API_ACCESS -> e.apiAccess();
      case PRIORITY_SUPPORT -> e.prioritySupport();
    };
  }

  static List<LimitValue> limits(EntitlementsView e) {
    return List.of(
        new LimitValue(Limit.MAX_INSTALLATIONS.key(), e.maxInstallations()),
        new LimitValue(Limit.MAX_USERS.key(), e.maxUsers()),
        new LimitValue(Limit.TELEMETRY_RETENTION_DAYS.key(), e.telemetryRetentionDays()));
  }

  public Term getTerm() {
    return term;
  }

  public void setTerm(Term term) {
    this.term = term;
  }

  public Integer getTrialDays() {
    return trialDays;
  }

  public void setTrialDays(Integer trialDays) {
    this.trialDays = trialDays;
  }

  public List<String> getFeatures() {
    return features;
  }

  public void setFeatures(List<String> features) {
    this.features = features == null ? new ArrayList<>() : new ArrayList<>(features);
  }

  public Integer getMaxInstallations() {
    return maxInstallations;
  }

  public void setMaxInstallations(Integer maxInstallations) {
    this.maxInstallations = maxInstallations;
  }

  public Integer getMaxUsers() {
    return maxUsers;
  }

  public void setMaxUsers(Integer maxUsers) {
    this.maxUsers = maxUsers;
  }

  public Integer getTelemetryRetentionDays() {
    return telemetryRetentionDays;
  }

  public void setTelemetryRetentionDays(Integer telemetryRetentionDays) {
    this.telemetryRetentionDays = telemetryRetentionDays;
  }

  public String getAllowedPlugins() {
    return allowedPlugins;
  }

  public void setAllowedPlugins(String allowedPlugins) {
    this.allowedPlugins = allowedPlugins;
  }
}
