package com.collector.portal.web.identity.faces;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.web.layout.LocaleBacking;
import com.collector.portal.web.layout.Messages;
import com.collector.portal.web.security.CodeCredential;
import com.collector.portal.web.security.PortalAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The sign-in form: the password, then the authenticator code of accounts that use one. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext security;
  @Inject Account account;
  @Inject LocaleBacking locale;

  private String email;
  private String password;
  private String code;

  public String signIn() {
    String outcome =
        authenticate(
            new UsernamePasswordCredential(
                email == null ? "" : email, password == null ? "" : password));
    password = null;
    return outcome;
  }

  /** The second step, while the session remembers an accepted password. */
  public String verifyCode() {
    String outcome = authenticate(new CodeCredential(code == null ? "" : code));
    code = null;
    return outcome;
  }

  /** Gives up the code step, back to the password. */
  public String startOver() {
    PortalAuthenticationMechanism.forgetPendingCode(request().getSession(false));
    return "/login.xhtml?faces-redirect=true";
  }

  public boolean isCodeStep() {
    return PortalAuthenticationMechanism.awaitsCode(request().getSession(false));
  }

  private String authenticate(Credential credential) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
    if (status != AuthenticationStatus.SUCCESS) {
      Object failure = request.getAttribute(PortalAuthenticationMechanism.FAILURE);
      if (failure instanceof PortalException refused) {
        Messages.error(refused.messageKey());
      } else if (request.getAttribute(PortalAuthenticationMechanism.CODE_REQUIRED) == null) {
        Messages.error("error.badCredentials");
      }
      return null;
    }
    var me = account.me();
    locale.adopt(me.user().language());
    return me.user().mustChangePassword()
        ? "/change-password.xhtml?faces-redirect=true"
        : "/index.xhtml?faces-redirect=true";
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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
