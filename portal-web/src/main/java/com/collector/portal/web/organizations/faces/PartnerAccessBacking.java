package com.collector.portal.web.organizations.faces;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.identity.boundary.PartnerAccess;
import com.collector.portal.identity.boundary.PartnerAccessView;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The partner-access page: a customer's users see who at the partner can reach their data, and its
 * managers suspend or resume that access. The vendor opens it with {@code ?id=<customer>}.
 */
@Named
@ViewScoped
public class PartnerAccessBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PartnerAccess access;
  @Inject transient Account account;

  private Long id;
  private PartnerAccessView view;

  public PartnerAccessView getView() {
    if (view == null) {
      view = access.of(customerId());
    }
    return view;
  }

  public void suspend() {
    view = access.suspend(customerId());
    Messages.info("partnerAccess.suspended");
  }

  public void resume() {
    view = access.resume(customerId());
    Messages.info("partnerAccess.resumed");
  }

  private long customerId() {
    return id != null ? id : account.me().user().organizationId();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
