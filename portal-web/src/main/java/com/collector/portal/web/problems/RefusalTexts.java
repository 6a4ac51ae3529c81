package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.platform.boundary.PortalException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A refusal worded from a feature's bundle, the one its pages use, so pages and API say the same in
 * the same language: a field's message is the bundle's {@code error.<field>} (list indexes left
 * out: {@code environment.plugins[2].id} reads {@code error.environment.plugins.id}), a conflict's
 * the text of its message key. What no bundle words stays as the boundary said it, in English.
 * Field names stay as they are: clients match on them.
 */
public final class RefusalTexts {

  /** The portal's general bundle, which words the exceptions' message keys. */
  public static final String GENERAL = "com.collector.portal.web.i18n.messages";

  private RefusalTexts() {}

  /**
   * {@code e} as a problem document in {@code locale}, worded by the feature's {@code bundle}: the
   * detail is the summary followed by each fault once.
   */
  public static Problem problem(PortalException e, String bundle, Locale locale) {
    ResourceBundle feature = ResourceBundle.getBundle(bundle, locale);
    ResourceBundle general = ResourceBundle.getBundle(GENERAL, locale);
    Problem english = PortalExceptionMapper.problem(e);
    String summary = summary(e, feature, general);
    List<FieldError> fields = new ArrayList<>();
    for (FieldError f : english.errors()) {
      fields.add(new FieldError(f.field(), worded(e, f, feature, summary).orElse(f.message())));
    }
    Set<String> detail = new LinkedHashSet<>();
    detail.add(summary);
    if (e instanceof InvalidInputException) {
      detail.addAll(faults(e, feature, general));
    }
    return new Problem(
        english.type(), english.title(), english.status(), String.join(" ", detail), fields);
  }

  /**
   * What a page shows of {@code e}: each fault of the input once ({@code field message} where the
   * bundle has no words for it), else the summary.
   */
  public static List<String> faults(
      PortalException e, ResourceBundle feature, ResourceBundle general) {
    String summary = summary(e, feature, general);
    if (!(e instanceof InvalidInputException invalid)) {
      return List.of(summary);
    }
    Set<String> texts = new LinkedHashSet<>();
    for (FieldError f : invalid.errors()) {
      texts.add(worded(e, f, feature, summary).orElse(f.field() + " " + f.message()));
    }
    return List.copyOf(texts);
  }

  private static Optional<String> worded(
      PortalException e, FieldError f, ResourceBundle feature, String summary) {
    if (e instanceof ConflictException) {
      return Optional.of(summary);
    }
    return text(feature, "error." + f.field().replaceAll("\\[[0-9]+\\]", ""));
  }

  /** The text of the message key, from the feature's bundle, else the general one. */
  private static String summary(PortalException e, ResourceBundle feature, ResourceBundle general) {
    return text(feature, e.messageKey())
        .or(() -> text(general, e.messageKey()))
        .orElse(e.getMessage());
  }

  private static Optional<String> text(ResourceBundle bundle, String key) {
    try {
      return Optional.of(bundle.getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
