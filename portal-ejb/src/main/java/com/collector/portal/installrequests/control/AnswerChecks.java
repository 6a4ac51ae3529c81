package com.collector.portal.installrequests.control;

import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.Contact;
import com.collector.portal.installrequests.entity.RequestAnswers.CustomerStep;
import com.collector.portal.installrequests.entity.RequestAnswers.EnvironmentStep;
import com.collector.portal.installrequests.entity.RequestAnswers.PluginAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.SchedulingStep;
import com.collector.portal.installrequests.entity.WizardStep;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.tenancy.entity.VatNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The wizard's rules. A value given is always checked (format, VAT checksum, plugin allowed by the
 * plan); a missing one is an error only in the steps asked to be complete, so a draft may be saved
 * half-written and a submission must be whole. Errors name the answer's path.
 */
public final class AnswerChecks {

  static final Set<String> WINDOWS =
      Set.of(
          "WINDOWS_10", "WINDOWS_11", "SERVER_2016", "SERVER_2019", "SERVER_2022", "SERVER_2025");

  /**
   * What the checks need to know from the database.
   *
   * @param subscribed whether the customer has a live subscription; null while no customer is
   *     chosen
   * @param allowedPlugins the plugins of the customer's (or the chosen) plan; null when unknown yet
   */
  public record Facts(Boolean subscribed, Set<String> allowedPlugins) {}

  private final Set<WizardStep> complete;
  private final Facts facts;
  private final LocalDate today;
  private final List<FieldError> errors = new ArrayList<>();

  private AnswerChecks(Set<WizardStep> complete, Facts facts, LocalDate today) {
    this.complete = complete;
    this.facts = facts;
    this.today = today;
  }

  /** The broken rules of {@code answers}, missing answers counted in {@code complete} steps. */
  public static List<FieldError> check(
      RequestAnswers answers, Set<WizardStep> complete, Facts facts, LocalDate today) {
    AnswerChecks checks = new AnswerChecks(complete, facts, today);
    checks.customer(answers.customer());
    checks.environment(answers.environment());
    new ExtractionChecks(checks::error, complete.contains(WizardStep.EXTRACTION))
        .check(answers.extraction());
    checks.subscription(answers);
    checks.scheduling(answers.scheduling());
    return List.copyOf(checks.errors);
  }

  private void customer(CustomerStep c) {
    boolean whole = complete.contains(WizardStep.CUSTOMER);
    if (c == null) {
      required(whole, "customer", null);
      return;
    }
    if (c.isExisting()) {
      if (c.name() != null || c.vatNumber() != null || c.address() != null) {
        error("customer.id", "names an existing customer: leave the new customer's details out");
      }
      return;
    }
    text(whole, "customer.name", c.name(), 200);
    if (required(whole, "customer.vatNumber", c.vatNumber())) {
      String problem = VatNumbers.problem(c.vatNumber());
      if (problem != null) {
        error("customer.vatNumber", problem);
      }
    }
    if (c.address() == null) {
      required(whole, "customer.address", null);
    } else {
      text(whole, "customer.address.street", c.address().street(), 200);
      text(whole, "customer.address.postalCode", c.address().postalCode(), 20);
      text(whole, "customer.address.city", c.address().city(), 100);
      if (required(whole, "customer.address.country", c.address().country())
          && !c.address().country().matches("[A-Z]{2}")) {
        error("customer.address.country", "must be a country code (BE, NL, FR, LU…)");
      }
    }
    contact(whole, "customer.contact", c.contact(), true);
  }

  private void environment(EnvironmentStep e) {
    boolean whole = complete.contains(WizardStep.ENVIRONMENT);
    if (e == null) {
      required(whole, "environment", null);
      return;
    }
    if (required(whole, "environment.machineName", e.machineName())
        && !e.machineName().matches("(?![0-9]+$)[A-Za-z0-9][A-Za-z0-9-]{0,14}")) {
      error("environment.machineName", "must be a Windows computer name (1–15 letters, digits, -)");
    }
    if (required(whole, "environment.windowsVersion", e.windowsVersion())
        && !WINDOWS.contains(e.windowsVersion())) {
      error("environment.windowsVersion", "must be one of " + new java.util.TreeSet<>(WINDOWS));
    }
    required(whole, "environment.dotNetInstalled", e.dotNetInstalled());
    if (e.plugins() == null || e.plugins().isEmpty()) {
      if (whole) {
        error("environment.plugins", "needs at least one source system");
      }
    } else {
      plugins(e.plugins(), whole);
    }
    if (e.proxy() != null && e.proxy().url() != null) {
      if (!e.proxy().url().matches("^https?://[^\\s/]+(:[0-9]{1,5})?(/\\S*)?$")) {
        error("environment.proxy.url", "must be an http(s) URL");
      }
      text(false, "environment.proxy.username", e.proxy().username(), 200);
    }
  }

  private void plugins(List<PluginAnswers> plugins, boolean whole) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < plugins.size(); i++) {
      PluginAnswers p = plugins.get(i);
      String at = "environment.plugins[" + i + "]";
      if (!required(true, at + ".id", p.id())) {
        continue;
      }
      if (!seen.add(p.id())) {
        error(at + ".id", "is chosen twice");
      } else if (facts.allowedPlugins() != null && !facts.allowedPlugins().contains(p.id())) {
        error(at + ".id", "is not a plugin the customer's plan allows");
      }
      text(false, at + ".version", p.version(), 50);
      PluginKinds.Kind kind = PluginKinds.of(p.id());
      text(
          whole && kind == PluginKinds.Kind.DATABASE,
          at + ".databaseServer",
          p.databaseServer(),
          255);
      text(false, at + ".database", p.database(), 255);
      List<String> codes = p.companyCodes();
      if ((codes == null || codes.isEmpty()) && whole && kind == PluginKinds.Kind.CLOUD) {
        error(at + ".companyCodes", "needs at least one company");
      }
      if (codes != null) {
        Set<String> distinct = new HashSet<>();
        for (int c = 0; c < codes.size(); c++) {
          if (text(true, at + ".companyCodes[" + c + "]", codes.get(c), 100)
              && !distinct.add(codes.get(c))) {
            error(at + ".companyCodes[" + c + "]", "is listed twice");
          }
        }
      }
    }
  }

  private void subscription(RequestAnswers answers) {
    boolean whole = complete.contains(WizardStep.SUBSCRIPTION);
    Long plan = answers.subscription() == null ? null : answers.subscription().planId();
    if (Boolean.TRUE.equals(facts.subscribed()) && plan != null) {
      error("subscription.planId", "must be left out: the customer has a subscription");
    } else if (!Boolean.TRUE.equals(facts.subscribed()) && plan == null && whole) {
      error("subscription.planId", "is required: the customer has no subscription");
    }
  }

  private void scheduling(SchedulingStep s) {
    boolean whole = complete.contains(WizardStep.SCHEDULING);
    if (s == null) {
      required(whole, "scheduling", null);
      return;
    }
    if (s.preferredDates() == null || s.preferredDates().isEmpty()) {
      if (whole) {
        error("scheduling.preferredDates", "needs at least one date");
      }
    } else if (s.preferredDates().size() > 5) {
      error("scheduling.preferredDates", "holds at most 5 dates");
    } else {
      for (int i = 0; i < s.preferredDates().size(); i++) {
        LocalDate date = s.preferredDates().get(i);
        if (required(true, "scheduling.preferredDates[" + i + "]", date) && date.isBefore(today)) {
          error("scheduling.preferredDates[" + i + "]", "is in the past");
        }
      }
    }
    if (required(whole, "scheduling.mode", s.mode())
        && !s.mode().equals("ON_SITE")
        && !s.mode().equals("REMOTE")) {
      error("scheduling.mode", "must be ON_SITE or REMOTE");
    }
    contact(whole, "scheduling.contact", s.contact(), false);
  }

  /** A contact: a name and, for the customer, an e-mail; for the appointment a phone or e-mail. */
  private void contact(boolean whole, String at, Contact c, boolean emailRequired) {
    if (c == null) {
      required(whole, at, null);
      return;
    }
    text(whole, at + ".name", c.name(), 200);
    if (required(whole && (emailRequired || c.phone() == null), at + ".email", c.email())
        && !c.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      error(at + ".email", "is not an e-mail address");
    }
    text(false, at + ".phone", c.phone(), 40);
  }

  /** Checks a text's presence (when {@code whole}) and length; answers whether it is there. */
  private boolean text(boolean whole, String at, String value, int max) {
    if (!required(whole, at, value)) {
      return false;
    }
    if (value.length() > max) {
      error(at, "is longer than " + max + " characters");
    }
    return true;
  }

  /** Notes a missing value when {@code whole}; answers whether there is one to check further. */
  private boolean required(boolean whole, String at, Object value) {
    boolean missing = value == null || value instanceof String text && text.isBlank();
    if (missing && whole) {
      error(at, "is required");
    }
    return !missing;
  }

  private void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }
}
