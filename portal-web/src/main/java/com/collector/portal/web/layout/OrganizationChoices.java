package com.collector.portal.web.layout;

import com.collector.portal.tenancy.boundary.OrganizationView;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organizations a view's search fields offered (or its state chose), by id, as the fields'
 * converter: a submitted id turns back into an organization only if the boundary handed it out to
 * this view, so a forged id chooses nothing. Pages search with it instead of listing every
 * organization of the reader's subtree.
 */
public final class OrganizationChoices implements Converter<OrganizationView>, Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, OrganizationView> offered = new HashMap<>();

  /** Remembers {@code found} as offered; answers it. */
  public List<OrganizationView> offer(List<OrganizationView> found) {
    found.forEach(o -> offered.put(Long.toString(o.id()), o));
    return found;
  }

  /** The offered organization of id {@code id}, or null. */
  public OrganizationView get(String id) {
    return id == null ? null : offered.get(id);
  }

  @Override
  public OrganizationView getAsObject(FacesContext context, UIComponent component, String value) {
    return get(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, OrganizationView value) {
    return value == null ? "" : Long.toString(value.id());
  }
}
