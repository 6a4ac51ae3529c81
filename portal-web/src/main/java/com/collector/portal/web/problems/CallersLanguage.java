package com.collector.portal.web.problems;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.platform.boundary.PortalException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language an API caller reads: the first of {@code Accept-Language} the portal speaks, else
 * the language stored with the caller's account, else English.
 */
final class CallersLanguage {

  private CallersLanguage() {}

  /**
   * {@code e} as a problem document, in the caller's language if the resource is {@link WordedBy}.
   */
  static Problem problem(PortalException e, ResourceInfo resource, HttpHeaders headers) {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    WordedBy worded = type == null ? null : type.getAnnotation(WordedBy.class);
    if (worded == null) {
      return PortalExceptionMapper.problem(e);
    }
    return RefusalTexts.problem(e, worded.value(), locale(headers));
  }

  static Locale locale(HttpHeaders headers) {
    for (Locale accepted : headers.getAcceptableLanguages()) {
      Language language = Language.ofCode(accepted.getLanguage());
      if (language != null) {
        return language.locale();
      }
    }
    try {
      Language stored = CDI.current().select(Account.class).get().language();
      return stored == null ? Locale.ENGLISH : stored.locale();
    } catch (PortalException | EJBException notSignedIn) {
      return Locale.ENGLISH;
    }
  }
}
