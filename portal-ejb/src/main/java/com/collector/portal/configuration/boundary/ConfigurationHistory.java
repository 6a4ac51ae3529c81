package com.collector.portal.configuration.boundary;

import com.collector.portal.configuration.control.Authorship;
import com.collector.portal.configuration.control.Leaves;
import com.collector.portal.configuration.control.Merge;
import com.collector.portal.configuration.control.Revisions;
import com.collector.portal.configuration.entity.ConfigurationConflict;
import com.collector.portal.configuration.entity.ConfigurationConflict.Resolution;
import com.collector.portal.configuration.entity.ConfigurationHead;
import com.collector.portal.configuration.entity.ConfigurationRevision;
import com.collector.portal.configuration.entity.RevisionSource;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * An installation's configuration over time: its revisions, any one of them, the differences
 * between two, and the conflicts waiting to be settled — secrets masked throughout.
 */
@Stateless
public class ConfigurationHistory {

  @Inject Store store;
  @Inject Revisions revisions;
  @Inject ConfigurationAccess access;
  @Inject ConfigurationViews views;
  @Inject Clock clock;

  /** The revisions, newest first. */
  public Page<RevisionView> revisions(long installationId, PageRequest request) {
    Installation installation = access.readable(installationId);
    return store
        .page(
            ConfigurationRevision.class,
            "e.installationId = :installation",
            Map.of("installation", installation.id()),
            "e.number DESC",
            request)
        .map(RevisionView::of);
  }

  /** Revision {@code number}'s own and effective documents, masked. */
  public Map<String, JsonObject> revision(long installationId, int number) {
    Installation installation = access.readable(installationId);
    ConfigurationRevision revision = find(installation, number, "number");
    return Map.of(
        "document", Revisions.masked(revision.document()),
        "effective", Revisions.masked(revision.effective()));
  }

  /** How the effective document of revision {@code to} differs from revision {@code from}'s. */
  public List<DiffLine> diff(long installationId, int from, int to) {
    Installation installation = access.readable(installationId);
    SortedMap<String, JsonValue> before = Leaves.of(find(installation, from, "from").effective());
    SortedMap<String, JsonValue> after = Leaves.of(find(installation, to, "to").effective());
    return Merge.changes(before, after).stream()
        .map(
            change ->
                new DiffLine(
                    change.path(),
                    Masking.mask(before.get(change.path())),
                    Masking.mask(change.value()),
                    revisions.schema().isSecret(change.path())))
        .toList();
  }

  /** The conflicts, open ones only unless {@code all}, newest first. */
  public List<ConflictView> conflicts(long installationId, boolean all) {
    Installation installation = access.readable(installationId);
    return store
        .list(
            ConfigurationConflict.class,
            "e.installationId = :installation" + (all ? "" : " AND e.resolvedAt IS NULL"),
            Map.of("installation", installation.id()),
            "e.id DESC")
        .stream()
        .map(ConflictView::of)
        .toList();
  }

  /**
   * Settles a conflict: {@code KEPT} leaves the portal's value, {@code TAKEN} writes the other
   * side's value as a new revision (not for a key locked by the defaults above).
   */
  public ConfigurationView resolve(long installationId, long conflictId, Resolution how) {
    Installation installation = access.writable(installationId);
    if (how == null) {
      throw new InvalidInputException("resolution", "is required: KEPT or TAKEN");
    }
    ConfigurationHead head = revisions.lockedHead(installation);
    ConfigurationConflict conflict =
        store
            .findOptional(ConfigurationConflict.class, conflictId)
            .filter(c -> c.installationId().equals(installation.id()))
            .orElseThrow(() -> new NotFoundException("Conflict", conflictId));
    conflict.resolve(how, store.scope().actor(), clock.instant());
    if (how == Resolution.TAKEN) {
      if ("LOCKED".equals(conflict.reason())) {
        throw new ConflictException(
            "error.settingLocked", "resolution", "The key is locked by the defaults above");
      }
      ConfigurationRevision current = revisions.revision(installation, head.revision()).get();
      SortedMap<String, JsonValue> own = Leaves.of(current.document());
      Leaves.set(
          own,
          conflict.path(),
          conflict.otherValue() == null ? null : Masking.parse(conflict.otherValue()));
      revisions.write(
          installation,
          head,
          own,
          new Authorship(
              RevisionSource.RESOLUTION,
              store.scope().actor(),
              "Took " + conflict.otherAuthor() + "'s value of " + conflict.path()));
    }
    return views.current(installation, head);
  }

  private ConfigurationRevision find(Installation installation, int number, String field) {
    return revisions
        .revision(installation, number)
        .orElseThrow(() -> new InvalidInputException(field, "names no revision"));
  }
}
