package com.collector.portal.web.layout;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.identity.boundary.AccountView;
import com.collector.portal.identity.entity.Right;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Date;

/** The signed-in user as the layout shows them, and sign-out. */
@Named("account")
@RequestScoped
public class AccountBacking {

  @Inject Account account;

  private AccountView me;

  public AccountView getMe() {
    if (me == null) {
      me = account.me();
    }
    return me;
  }

  /** When the session's restriction ends by itself, as a date the layout's message formats. */
  public Date getRestrictedUntil() {
    Instant until = getMe().restrictedUntil();
    return until == null ? null : Date.from(until);
  }

  public boolean isSignedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  /**
   * Whether this session may use a right now: the user holds it and nothing withholds it (an unpaid
   * subscription). Only decides what pages offer; boundaries enforce.
   */
  public boolean has(String right) {
    return isSignedIn() && getMe().effectiveRights().contains(Right.valueOf(right));
  }

  public String signOut() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login.xhtml?faces-redirect=true";
  }
}
