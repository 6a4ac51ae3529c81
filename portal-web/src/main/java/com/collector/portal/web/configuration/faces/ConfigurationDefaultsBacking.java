package com.collector.portal.web.configuration.faces;

import com.collector.portal.configuration.boundary.ConfigurationDefaultsAdmin;
import com.collector.portal.configuration.boundary.DefaultsView;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A partner's or customer's configuration defaults page: the JSON its installations inherit
 * (secrets masked) and the keys it locks; saving spreads the change to the installations below.
 */
@Named
@ViewScoped
public class ConfigurationDefaultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConfigurationDefaultsAdmin defaults;
  @Inject Organizations organizations;

  private Long organizationId;
  private OrganizationView organization;
  private String text;
  private String locked;

  public void load() {
    if (organizationId == null) {
      return;
    }
    organization = organizations.find(organizationId);
    show(defaults.get(organizationId));
  }

  private void show(DefaultsView view) {
    text = PrettyJson.of(view.document());
    locked = String.join("\n", view.locked());
  }

  public void save() {
    try {
      DefaultsView saved =
          defaults.replace(organizationId, PrettyJson.parse(text, "document"), lockedKeys());
      show(saved);
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  Messages.text("configuration.defaultsSaved") + " " + saved.installationsUpdated(),
                  null));
    } catch (InvalidInputException refused) {
      Messages.show(refused);
    }
  }

  private Set<String> lockedKeys() {
    Set<String> keys = new LinkedHashSet<>();
    if (locked != null) {
      Arrays.stream(locked.split("\\R"))
          .map(String::strip)
          .filter(k -> !k.isEmpty())
          .forEach(keys::add);
    }
    return keys;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public OrganizationView getOrganization() {
    return organization;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getLocked() {
    return locked;
  }

  public void setLocked(String locked) {
    this.locked = locked;
  }
}
