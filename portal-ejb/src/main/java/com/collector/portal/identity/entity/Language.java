package com.collector.portal.identity.entity;

import java.util.Locale;

/** The languages the portal speaks; stored and exchanged as the lower-case code. */
public enum Language {
  en,
  fr,
  nl;

  public Locale locale() {
    return Locale.forLanguageTag(name());
  }

  /** Parses a code, answering null for anything the portal does not speak. */
  public static Language ofCode(String code) {
    for (Language language : values()) {
      if (language.name().equalsIgnoreCase(code)) {
        return language;
      }
    }
    return null;
  }
}
