package com.collector.portal.web.monitoring.faces;

import com.collector.portal.monitoring.boundary.AffectedInstallationView;
import com.collector.portal.monitoring.boundary.ErrorGroupDetailView;
import com.collector.portal.monitoring.boundary.ErrorGroupDetails;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.NotFoundPages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

/** An error group's page: what it is and the reader's installations it occurred on. */
@Named
@ViewScoped
public class ErrorGroupBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ErrorGroupDetails details;

  private String fingerprint;
  private ErrorGroupDetailView group;
  private BoundaryLazyModel<AffectedInstallationView> installations;

  /** Loads the group of {@code ?fingerprint=}; one the subtree never saw is a 404. */
  public void load() throws IOException {
    try {
      group = details.detail(fingerprint);
    } catch (InvalidInputException | NotFoundException e) {
      NotFoundPages.send();
      return;
    }
    installations =
        new BoundaryLazyModel<>(
            request -> details.installations(fingerprint, request),
            AffectedInstallationView::installationId);
  }

  public String moment(Instant instant) {
    return instant == null ? "" : Dates.moment(instant);
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public void setFingerprint(String fingerprint) {
    this.fingerprint = fingerprint;
  }

  public ErrorGroupDetailView getGroup() {
    return group;
  }

  public BoundaryLazyModel<AffectedInstallationView> getInstallations() {
    return installations;
  }
}
