package com.collector.portal.web.identity.faces;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.web.layout.Messages;
import com.collector.portal.web.security.PortalAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;

/** Changing one's own password, also the forced change after an initial password. */
@Named
@RequestScoped
public class ChangePasswordBacking {

  @Inject Account account;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public String save() {
    if (!Objects.equals(newPassword, confirmation)) {
      Messages.error("password.mismatch");
      return null;
    }
    account.changePassword(currentPassword, newPassword);
    FacesContext faces = FacesContext.getCurrentInstance();
    PortalAuthenticationMechanism.passwordChanged(
        (HttpSession) faces.getExternalContext().getSession(true));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("password.changed");
    return "/index.xhtml?faces-redirect=true";
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
