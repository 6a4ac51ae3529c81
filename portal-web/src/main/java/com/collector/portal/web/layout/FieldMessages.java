package com.collector.portal.web.layout;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.platform.boundary.PortalException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * Shows a refused input next to the fields it names: a field error goes to the input of the form
 * whose id is the field's name (the last matching part of a path such as {@code terms.maxUsers}),
 * so a {@code <p:message for="maxUsers"/>} shows it; errors no input claims stay global.
 */
public final class FieldMessages {

  private FieldMessages() {}

  /** Shows a refusal of the input of form {@code formId}: its message and every field at fault. */
  public static void show(String formId, PortalException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIComponent form = faces.getViewRoot().findComponent(formId);
    faces.addMessage(null, error(Messages.text(e.messageKey())));
    for (FieldError field : fields(e)) {
      UIComponent input = form == null ? null : input(form, field.field());
      String text = Messages.text("field." + (input == null ? field.field() : input.getId()));
      faces.addMessage(
          input == null ? null : input.getClientId(faces), error(text + ": " + field.message()));
    }
    faces.validationFailed();
  }

  private static List<FieldError> fields(PortalException e) {
    if (e instanceof InvalidInputException invalid) {
      return invalid.errors();
    }
    if (e instanceof ConflictException conflict && conflict.field() != null) {
      return List.of(new FieldError(conflict.field(), Messages.text(e.messageKey())));
    }
    return List.of();
  }

  private static UIComponent input(UIComponent form, String path) {
    String[] parts = path.split("[.\\[\\]]");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (parts[i].matches("[A-Za-z][A-Za-z0-9_]*")) {
        UIComponent found = form.findComponent(parts[i]);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
