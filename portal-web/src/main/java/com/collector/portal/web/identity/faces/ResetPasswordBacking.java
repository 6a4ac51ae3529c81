package com.collector.portal.web.identity.faces;

import com.collector.portal.identity.boundary.PasswordResets;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Objects;

/** Asking for a reset link, and choosing a new password through it. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PasswordResets resets;

  private String token;
  private String email;
  private String password;
  private String confirmation;

  public void requestLink() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    resets.request(email, ((HttpServletRequest) external.getRequest()).getRemoteAddr());
    Messages.info("reset.requested");
  }

  public String reset() {
    if (!Objects.equals(password, confirmation)) {
      Messages.error("password.mismatch");
      return null;
    }
    resets.reset(token, password);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("reset.done");
    return "/login.xhtml?faces-redirect=true";
  }

  public boolean isWithToken() {
    return token != null && !token.isBlank();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
