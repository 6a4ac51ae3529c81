package com.collector.portal.web.installrequests.faces;

import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.web.problems.RefusalTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Shows a refused operation on the request pages in the user's language, worded as the API words it
 * ({@link RefusalTexts} over the same bundle): each fault once.
 */
final class RequestMessages {

  private RequestMessages() {}

  static void show(PortalException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    RefusalTexts.faults(
            e,
            faces.getApplication().getResourceBundle(faces, "req"),
            faces.getApplication().getResourceBundle(faces, "msg"))
        .forEach(
            t -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, t, null)));
    faces.validationFailed();
  }
}
