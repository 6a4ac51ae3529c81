package com.collector.portal.web.audit.faces;

import com.collector.portal.audit.boundary.AuditEntryView;
import com.collector.portal.audit.boundary.AuditTrail;
import com.collector.portal.audit.boundary.AuditVerification;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

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

  /** Checks the whole chain and shows the outcome. */
  public void verify() {
    AuditVerification result = trail.verify();
    if (result.intact()) {
      Messages.info("audit.intact");
    } else {
      Messages.error("audit.broken");
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, result.detail(), null));
    }
  }

  /** The matching entries as a CSV download. */
  public StreamedContent getExport() {
    return DefaultStreamedContent.builder()
        .name("audit.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(
            () ->
                new ByteArrayInputStream(trail.exportCsv(search).getBytes(StandardCharsets.UTF_8)))
        .build();
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
