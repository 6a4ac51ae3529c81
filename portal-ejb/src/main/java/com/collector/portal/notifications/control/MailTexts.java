package com.collector.portal.notifications.control;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The portal's mail texts, per language: {@code <key>.subject} and {@code <key>.body} of the {@code
 * mails} bundle, whose {@code {name}} placeholders are filled in.
 */
public final class MailTexts {

  private static final String BUNDLE = "com.collector.portal.notifications.mails";

  private MailTexts() {}

  /** A mail's subject and body in one language. */
  public record Text(String subject, String body) {}

  public static Text render(Locale locale, String key, Map<String, String> placeholders) {
    ResourceBundle bundle = bundle(locale);
    return new Text(
        fill(bundle.getString(key + ".subject"), placeholders),
        fill(bundle.getString(key + ".body"), placeholders));
  }

  /**
   * As {@link #render(Locale, String, Map)} from a feature's own bundle (same keys, same
   * placeholders), so a feature's mails live next to it rather than all in one file.
   */
  public static Text render(
      String bundleName, Locale locale, String key, Map<String, String> placeholders) {
    ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale);
    return new Text(
        fill(bundle.getString(key + ".subject"), placeholders),
        fill(bundle.getString(key + ".body"), placeholders));
  }

  /** One entry of {@code bundleName}, for pieces that mails assemble. */
  public static String text(
      String bundleName, Locale locale, String key, Map<String, String> placeholders) {
    return fill(ResourceBundle.getBundle(bundleName, locale).getString(key), placeholders);
  }

  /** One entry of the bundle, for pieces that mails assemble (labels, list lines). */
  public static String text(Locale locale, String key, Map<String, String> placeholders) {
    return fill(bundle(locale).getString(key), placeholders);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale);
  }

  private static String fill(String text, Map<String, String> placeholders) {
    String filled = text;
    for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
      filled = filled.replace("{" + placeholder.getKey() + "}", placeholder.getValue());
    }
    return filled;
  }
}
