package com.collector.portal.web.layout;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.identity.entity.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The page language: the user's own once signed in, else the browser's, switchable anywhere. */
@Named("locale")
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Account account;

  private Language language;

  public Locale getLocale() {
    if (language == null) {
      Locale browser = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      Language fromBrowser = browser == null ? null : Language.ofCode(browser.getLanguage());
      language = fromBrowser == null ? Language.en : fromBrowser;
    }
    return language.locale();
  }

  public String getCode() {
    return getLocale().getLanguage();
  }

  /** Uses the language stored on the account, after sign-in. */
  public void adopt(Language userLanguage) {
    language = userLanguage;
  }

  /** Switches the pages to {@code code}; a signed-in user keeps it for next time. */
  public String switchTo(String code, boolean signedIn) {
    Language chosen = Language.ofCode(code);
    if (chosen != null) {
      language = chosen;
      if (signedIn) {
        account.switchLanguage(chosen);
      }
      FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen.locale());
    }
    // View parameters (such as a page's ?id=) are kept, so the same page shows in the new language.
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }
}
