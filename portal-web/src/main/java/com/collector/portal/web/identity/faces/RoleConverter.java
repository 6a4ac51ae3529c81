package com.collector.portal.web.identity.faces;

import com.collector.portal.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Named;

/** Roles in multi-select lists, whose element type Faces cannot infer from a generic list. */
@Named
@ApplicationScoped
public class RoleConverter implements Converter<Role> {

  @Override
  public Role getAsObject(FacesContext context, UIComponent component, String value) {
    return value == null || value.isBlank() ? null : Role.valueOf(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Role value) {
    return value == null ? "" : value.name();
  }
}
