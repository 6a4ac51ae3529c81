package com.collector.portal.web.configuration.faces;

import com.collector.portal.configuration.boundary.ConfigurationHistory;
import com.collector.portal.configuration.boundary.ConfigurationView;
import com.collector.portal.configuration.boundary.Configurations;
import com.collector.portal.configuration.boundary.ConflictView;
import com.collector.portal.configuration.boundary.DiffLine;
import com.collector.portal.configuration.boundary.RevisionView;
import com.collector.portal.configuration.boundary.WriteOutcome;
import com.collector.portal.configuration.control.Layers;
import com.collector.portal.configuration.entity.ConfigurationConflict.Resolution;
import com.collector.portal.installations.boundary.InstallationView;
import com.collector.portal.installations.boundary.Installations;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An installation's configuration page: its status (current revision, the one its Collector runs),
 * the JSON editor of its own settings with the schema's errors by path, the effective settings and
 * where each comes from, the history with side-by-side diffs and revert, and open conflicts to
 * settle. Secrets only ever appear masked.
 */
@Named
@ViewScoped
public class ConfigurationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Configurations configurations;
  @Inject ConfigurationHistory history;
  @Inject Installations installations;

  private Long installationId;
  private InstallationView installation;
  private ConfigurationView view;
  private String text;
  private String comment;
  private List<RevisionView> revisions = new ArrayList<>();
  private List<ConflictView> conflicts = new ArrayList<>();
  private List<DiffLine> diff = new ArrayList<>();
  private int diffFrom;
  private int diffTo;

  /** Loads the installation named by the view parameter; 404 for one outside the subtree. */
  public void load() {
    if (installationId == null) {
      return;
    }
    installation = installations.get(installationId);
    refresh();
  }

  private void refresh() {
    view = configurations.current(installationId);
    text = PrettyJson.of(view.document());
    revisions =
        new ArrayList<>(
            history
                .revisions(installationId, new PageRequest(0, PageRequest.MAX_LIMIT, null, true))
                .items());
    conflicts = new ArrayList<>(history.conflicts(installationId, false));
  }

  /** Saves the edited settings as the next revision, merged with changes made meanwhile. */
  public void save() {
    try {
      JsonObject document = PrettyJson.parse(text, "document");
      WriteOutcome outcome =
          configurations.edit(installationId, view.revision(), document, comment);
      comment = null;
      refresh();
      if (!outcome.conflicts().isEmpty()) {
        Messages.error("configuration.savedWithConflicts");
      } else {
        Messages.info(outcome.merged() ? "configuration.merged" : "configuration.saved");
      }
    } catch (InvalidInputException refused) {
      Messages.show(refused);
    }
  }

  public void revert(RevisionView revision) {
    configurations.revert(installationId, revision.number(), null);
    refresh();
    Messages.info("configuration.reverted");
  }

  /** The diff of a revision against the one before it. */
  public void showDiff(RevisionView revision) {
    diffFrom = revision.number() - 1;
    diffTo = revision.number();
    diff = history.diff(installationId, diffFrom, diffTo);
  }

  public void keep(ConflictView conflict) {
    settle(conflict, Resolution.KEPT);
  }

  public void take(ConflictView conflict) {
    settle(conflict, Resolution.TAKEN);
  }

  private void settle(ConflictView conflict, Resolution how) {
    try {
      history.resolve(installationId, conflict.id(), how);
      refresh();
      Messages.info("configuration.conflictSettled");
    } catch (PortalException refused) {
      Messages.show(refused);
    }
  }

  /** Effective settings as rows: key, value, the level it comes from, the level locking it. */
  public List<EffectiveRow> getEffective() {
    List<EffectiveRow> rows = new ArrayList<>();
    Map<String, String> sources = view.sources();
    sources.forEach(
        (path, source) ->
            rows.add(
                new EffectiveRow(
                    path,
                    PrettyJson.shown(PrettyJson.at(view.effective(), path)),
                    source,
                    Layers.lockOver(view.lockedBy(), path))));
    return rows;
  }

  /** One effective key. */
  public record EffectiveRow(String path, String value, String source, String lockedBy)
      implements Serializable {}

  public String shown(Object value) {
    return PrettyJson.shown(value);
  }

  public String moment(Instant instant) {
    return instant == null ? "" : Dates.moment(instant);
  }

  public Long getInstallationId() {
    return installationId;
  }

  public void setInstallationId(Long installationId) {
    this.installationId = installationId;
  }

  public InstallationView getInstallation() {
    return installation;
  }

  public ConfigurationView getView() {
    return view;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public List<RevisionView> getRevisions() {
    return revisions;
  }

  public List<ConflictView> getConflicts() {
    return conflicts;
  }

  public List<DiffLine> getDiff() {
    return diff;
  }

  public int getDiffFrom() {
    return diffFrom;
  }

  public int getDiffTo() {
    return diffTo;
  }

  public boolean isMayAdjust() {
    return configurations.mayAdjust();
  }
}
