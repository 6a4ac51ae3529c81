package com.collector.portal.web.identity.faces;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.web.layout.LocaleBacking;
import com.collector.portal.web.layout.Messages;
import com.collector.portal.web.security.PortalAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext security;
  @Inject Account account;
  @Inject LocaleBacking locale;

  private String email;
  private String password;

  public String signIn() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email, password == null ? "" : password)));
    if (status != AuthenticationStatus.SUCCESS) {
      Object failure = request.getAttribute(PortalAuthenticationMechanism.FAILURE);
      if (failure instanceof PortalException refused) {
        Messages.error(refused.messageKey());
      } else {
        Messages.error("error.badCredentials");
      }
      password = null;
      return null;
    }
    var me = account.me();
    locale.adopt(me.user().language());
    return me.user().mustChangePassword()
        ? "/change-password.xhtml?faces-redirect=true"
        : "/index.xhtml?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
