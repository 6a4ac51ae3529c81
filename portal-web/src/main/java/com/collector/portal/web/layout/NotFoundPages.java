package com.collector.portal.web.layout;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Answers a page's request with 404, as the API does for a row outside the reader's subtree or a
 * malformed id: the page is not rendered at all, so nothing of it shows.
 */
public final class NotFoundPages {

  private NotFoundPages() {}

  public static void send() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, Messages.text("error.notFound"));
    faces.responseComplete();
  }
}
