package com.collector.portal.configuration.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.configuration.control.Authorship;
import com.collector.portal.configuration.control.ConfigurationWrites;
import com.collector.portal.configuration.control.ConfigurationWrites.Attempt;
import com.collector.portal.configuration.control.ConfigurationWrites.Written;
import com.collector.portal.configuration.control.Layers;
import com.collector.portal.configuration.control.Leaves;
import com.collector.portal.configuration.control.Merge;
import com.collector.portal.configuration.control.Merge.Change;
import com.collector.portal.configuration.control.Revisions;
import com.collector.portal.configuration.control.SecretValues;
import com.collector.portal.configuration.entity.ConfigurationHead;
import com.collector.portal.configuration.entity.ConfigurationRevision;
import com.collector.portal.configuration.entity.RevisionSource;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.installations.entity.InstallationState;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.platform.boundary.PreconditionFailedException;
import com.collector.portal.tenancy.control.Store;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * People's side of an installation's configuration: read it ({@code VIEW}) and change it ({@code
 * ADJUST_SETTINGS}) — an edit based on a revision, merged with what changed since; the first one
 * before the Collector enrolls is its initial configuration. Secrets are write-only: masked in
 * every answer, kept as they are when their mask is sent back. Collectors use {@link
 * CollectorConfiguration}, never this.
 */
@Stateless
public class Configurations {

  @Inject Store store;
  @Inject Revisions revisions;
  @Inject ConfigurationWrites writes;
  @Inject ConfigurationViews views;
  @Inject AuditLog audit;
  @Inject ConfigurationAccess access;

  /** The current configuration of an installation of the subtree; 404 for others. */
  public ConfigurationView current(long installationId) {
    Installation installation = access.readable(installationId);
    return views.current(installation, revisions.head(installation));
  }

  /**
   * Replaces the installation's own settings with {@code document}, based on revision {@code base}:
   * changes made since then by others merge in, keys both changed keep the current value and are
   * stored as conflicts. A key locked by the defaults above is refused (400).
   */
  public WriteOutcome edit(long installationId, Integer base, JsonObject document, String comment) {
    Installation installation = access.writable(installationId);
    if (document == null) {
      throw new InvalidInputException("document", "is required");
    }
    ConfigurationHead head = revisions.lockedHead(installation);
    ConfigurationRevision baseRevision = based(installation, base);
    ConfigurationRevision headRevision = revisions.revision(installation, head.revision()).get();
    SortedMap<String, JsonValue> mine = Leaves.of(document);
    revisions.requireInput(mine, true);
    keepMaskedSecrets(mine, Leaves.of(baseRevision.document()));
    SortedMap<String, JsonValue> baseOwn = Leaves.of(baseRevision.document());
    List<Change> changes = Merge.changes(baseOwn, mine);
    Layers.Effective effective = revisions.effective(installation, headRevision.document());
    refuseLocked(changes, effective.lockedBy());
    RevisionSource source =
        head.revision() == 0 && installation.state() == InstallationState.PENDING
            ? RevisionSource.INITIAL
            : RevisionSource.PORTAL;
    Written written =
        writes.merge(
            installation,
            head,
            headRevision,
            new Attempt(
                baseRevision.number(),
                changes,
                Merge.changes(baseOwn, Leaves.of(headRevision.document())),
                headRevision.document(),
                path -> false,
                new Authorship(source, store.scope().actor(), comment)));
    record(installation, written, changes);
    return views.outcome(installation, head, written);
  }

  /**
   * Writes an installation request's answers as the installation's initial configuration: revision
   * 1, source {@code INSTALLATION_REQUEST}, checked against the schema like every write (400 naming
   * each path). Only before anything else was written and before the Collector enrolled.
   */
  public ConfigurationView initialFromRequest(
      long installationId, JsonObject document, String comment) {
    Installation installation = access.writable(installationId);
    ConfigurationHead head = revisions.lockedHead(installation);
    if (head.revision() != 0 || installation.state() != InstallationState.PENDING) {
      throw new ConflictException(
          "error.configured", "installationId", "The installation is configured already");
    }
    SortedMap<String, JsonValue> own = Leaves.of(document);
    revisions.requireInput(own, false);
    ConfigurationRevision written =
        revisions.write(
            installation,
            head,
            own,
            new Authorship(RevisionSource.INSTALLATION_REQUEST, store.scope().actor(), comment));
    audit.record(
        "configuration.changed",
        "installation",
        installation.id(),
        installation.ownerPath(),
        null,
        Map.of("revision", written.number(), "source", RevisionSource.INSTALLATION_REQUEST.name()));
    return views.current(installation, head);
  }

  /** A new revision equal to revision {@code number} (its settings and secrets as they were). */
  public ConfigurationView revert(long installationId, int number, String comment) {
    Installation installation = access.writable(installationId);
    ConfigurationHead head = revisions.lockedHead(installation);
    ConfigurationRevision earlier =
        revisions
            .revision(installation, number)
            .filter(r -> r.number() > 0)
            .orElseThrow(() -> new InvalidInputException("revision", "names no revision"));
    ConfigurationRevision written =
        revisions.write(
            installation,
            head,
            Leaves.of(earlier.document()),
            new Authorship(
                RevisionSource.REVERT,
                store.scope().actor(),
                comment == null || comment.isBlank() ? "Back to revision " + number : comment,
                number));
    audit.record(
        "configuration.reverted",
        "installation",
        installation.id(),
        installation.ownerPath(),
        Map.of("revision", number),
        Map.of("revision", written.number()));
    return views.current(installation, head);
  }

  /** Whether the caller may change configurations (pages ask it). */
  public boolean mayAdjust() {
    return access.mayAdjust();
  }

  private ConfigurationRevision based(Installation installation, Integer base) {
    if (base == null) {
      throw PreconditionFailedException.missing("If-Match");
    }
    return revisions
        .revision(installation, base)
        .orElseThrow(() -> PreconditionFailedException.unknown("If-Match", String.valueOf(base)));
  }

  /** A secret sent back as its mask stays as it was in the base; a mask of nothing is refused. */
  private static void keepMaskedSecrets(
      SortedMap<String, JsonValue> mine, SortedMap<String, JsonValue> base) {
    List<FieldError> errors = new ArrayList<>();
    mine.replaceAll(
        (path, value) -> {
          if (!SecretValues.isMasked(value)) {
            return value;
          }
          JsonValue kept = base.get(path);
          if (kept == null || !SecretValues.isSealed(kept)) {
            errors.add(new FieldError(path, "has no value to keep: send the secret itself"));
            return value;
          }
          return kept;
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static void refuseLocked(List<Change> changes, Map<String, String> lockedBy) {
    List<FieldError> errors = new ArrayList<>();
    for (Change change : changes) {
      String by = Layers.lockOver(lockedBy, change.path());
      if (by != null) {
        errors.add(new FieldError(change.path(), "is locked by the defaults above (" + by + ")"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private void record(Installation installation, Written written, List<Change> changes) {
    if (written.revision() == null && written.conflicts().isEmpty()) {
      return;
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("revision", written.revision() == null ? null : written.revision().number());
    after.put("paths", changes.stream().map(Change::path).toList());
    after.put("conflicts", written.conflicts().size());
    audit.record(
        "configuration.changed",
        "installation",
        installation.id(),
        installation.ownerPath(),
        null,
        after);
  }
}
