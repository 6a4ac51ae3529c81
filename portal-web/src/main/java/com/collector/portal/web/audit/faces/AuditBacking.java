package com.collector.portal.web.audit.faces;

import com.collector.portal.audit.boundary.AuditEntryView;
import com.collector.portal.audit.boundary.AuditTrail;
import com.collector.portal.web.layout.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The audit log page. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;

  private String search;
  private BoundaryLazyModel<AuditEntryView> model;

  @PostConstruct
  void init() {
    model = new BoundaryLazyModel<>(request -> trail.page(search, request), AuditEntryView::id);
  }

  public BoundaryLazyModel<AuditEntryView> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
