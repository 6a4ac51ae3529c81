package com.collector.portal.web.notifications.faces;

import com.collector.portal.notifications.boundary.Outbox;
import com.collector.portal.notifications.boundary.OutboxMailView;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** The outbox page: kept mails, newest first, each opened in a dialog (vendor administrators). */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Outbox outbox;

  private BoundaryLazyModel<OutboxMailView> model;
  private OutboxMailView opened;

  @PostConstruct
  void init() {
    model = new BoundaryLazyModel<>(request -> outbox.page(request), OutboxMailView::id);
  }

  /** Answers 403 to anyone but a vendor administrator instead of showing an empty page. */
  public void requireReader() throws IOException {
    if (!outbox.readable()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(403, Messages.text("error.forbidden"));
      faces.responseComplete();
    }
  }

  public void open(OutboxMailView mail) {
    opened = mail;
  }

  public OutboxMailView getOpened() {
    return opened;
  }

  public BoundaryLazyModel<OutboxMailView> getModel() {
    return model;
  }
}
