package com.collector.portal.web.layout;

import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.platform.boundary.UnauthenticatedException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns a refused operation on a page into messages on the same page; an account that is no longer
 * active is signed out. Other failures keep the default handling.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

  public PortalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      PortalException portal = portalCause(events.next().getContext().getException());
      if (portal == null) {
        continue;
      }
      events.remove();
      if (portal instanceof UnauthenticatedException) {
        signOut(faces);
      } else {
        Messages.show(portal);
        faces.renderResponse();
      }
    }
    getWrapped().handle();
  }

  private static void signOut(FacesContext faces) {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    try {
      faces.getExternalContext().invalidateSession();
      faces.getExternalContext().redirect(request.getContextPath() + "/login.xhtml");
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }

  private static PortalException portalCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PortalException portal) {
        return portal;
      }
    }
    return null;
  }
}
