package com.collector.portal.installrequests.entity;

import java.util.Locale;

/** The wizard's steps that hold answers (the sixth, review, only shows them). */
public enum WizardStep {
  CUSTOMER,
  ENVIRONMENT,
  EXTRACTION,
  SUBSCRIPTION,
  SCHEDULING;

  /** The step's name in the answers' JSON and in field paths. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a step's key, answering null for anything else. */
  public static WizardStep ofKey(String key) {
    for (WizardStep step : values()) {
      if (step.key().equalsIgnoreCase(key)) {
        return step;
      }
    }
    return null;
  }
}
