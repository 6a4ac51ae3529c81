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

  public boolean isSignedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  /** Whether the user holds a right (only decides what the layout offers; boundaries enforce). */
  public boolean has(String right) {
    return isSignedIn() && getMe().user().rights().contains(Right.valueOf(right));
  }

  public String signOut() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login.xhtml?faces-redirect=true";
  }
}
