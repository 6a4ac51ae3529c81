package com.collector.portal.web.identity.faces;

import com.collector.portal.identity.boundary.Invitations;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;

/** The page an invitation mail links to: the invitee chooses name, language and password. */
@Named
@ViewScoped
public class AcceptInvitationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Invitations invitations;

  private String token;
  private String displayName;
  private Language language = Language.en;
  private String password;
  private String confirmation;

  public String accept() {
    if (!Objects.equals(password, confirmation)) {
      Messages.error("password.mismatch");
      return null;
    }
    invitations.accept(token, displayName, language, password);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("invitation.accepted");
    return "/login.xhtml?faces-redirect=true";
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
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
