package com.collector.portal.web.layout;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.PortalException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the bundle, and the one mapping of portal exceptions to them. */
public final class Messages {

  private Messages() {}

  public static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
  }

  public static void error(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
  }

  /** Shows a refused operation: its message and every field at fault. */
  public static void show(PortalException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(e.messageKey()), null));
    if (e instanceof InvalidInputException invalid) {
      invalid
          .errors()
          .forEach(
              f ->
                  faces.addMessage(
                      null,
                      new FacesMessage(
                          FacesMessage.SEVERITY_ERROR,
                          label(f.field()) + ": " + f.message(),
                          null)));
    } else if (e instanceof ConflictException conflict && conflict.field() != null) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, label(conflict.field()), text(e.messageKey())));
    }
    faces.validationFailed();
  }

  /** A field's label; a JSON Pointer (a configuration key) is its own label. */
  private static String label(String field) {
    return field.startsWith("/") ? field : text("field." + field);
  }
}
