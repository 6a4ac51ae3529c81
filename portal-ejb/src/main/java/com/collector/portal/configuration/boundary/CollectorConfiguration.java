package com.collector.portal.configuration.boundary;

import com.collector.portal.configuration.control.Authorship;
import com.collector.portal.configuration.control.ConfigurationWrites;
import com.collector.portal.configuration.control.ConfigurationWrites.Attempt;
import com.collector.portal.configuration.control.ConfigurationWrites.Written;
import com.collector.portal.configuration.control.Layers;
import com.collector.portal.configuration.control.Leaves;
import com.collector.portal.configuration.control.Merge;
import com.collector.portal.configuration.control.Revisions;
import com.collector.portal.configuration.entity.ConfigurationHead;
import com.collector.portal.configuration.entity.ConfigurationRevision;
import com.collector.portal.configuration.entity.RevisionSource;
import com.collector.portal.installations.boundary.Enrolled;
import com.collector.portal.installations.boundary.Enrolling;
import com.collector.portal.installations.boundary.Enrollment;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.PreconditionFailedException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * The Collector's side of its configuration, authenticated as its installation: the current
 * revision (secrets opened: the installation is the one reader allowed them), its local changes
 * pushed and merged, and enrollment answering the configuration a first start or a reinstall
 * applies.
 */
@Stateless
public class CollectorConfiguration {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject Enrollment enrollment;
  @Inject Revisions revisions;
  @Inject ConfigurationWrites writes;
  @Inject Clock clock;
  @Inject Event<ConfigurationApplied> applied;

  /** An enrollment and the configuration it starts with: null when there is none yet. */
  public record EnrolledWithConfiguration(Enrolled enrolled, CollectorDocument configuration) {}

  /**
   * Enrolls, and answers the latest configuration: revision 1 at a first start, the portal's copy
   * after a reinstall — which the history records as a restore.
   */
  public EnrolledWithConfiguration enroll(Enrolling input, String origin) {
    Enrolled enrolled = enrollment.enroll(input, origin);
    CollectorDocument configuration =
        current.runAs(
            TenantScope.system("enrollment"),
            () -> {
              Installation installation = store.find(Installation.class, enrolled.installationId());
              ConfigurationHead head = revisions.lockedHead(installation);
              if (head.revision() == 0) {
                return null;
              }
              ConfigurationRevision latest =
                  revisions.revision(installation, head.revision()).get();
              if (enrolled.reEnrolled()) {
                head.forgetApplied();
                latest =
                    revisions.write(
                        installation,
                        head,
                        Leaves.of(latest.document()),
                        new Authorship(
                            RevisionSource.RESTORE,
                            collector(installation),
                            "Reinstalled: the portal's copy of revision "
                                + latest.number()
                                + " restores it"));
              }
              return document(latest, false, List.of());
            });
    return new EnrolledWithConfiguration(enrolled, configuration);
  }

  /**
   * The current revision, or null when {@code held} (the revision the Collector runs, which is
   * recorded) is it already.
   */
  public CollectorDocument pull(Integer held) {
    Installation installation = own();
    ConfigurationHead head = revisions.lockedHead(installation);
    if (held != null) {
      reportApplied(installation, head, held);
    }
    if (held != null && held == head.revision()) {
      return null;
    }
    return document(revisions.revision(installation, head.revision()).get(), false, List.of());
  }

  /**
   * The Collector's whole local document, based on revision {@code base}: its changes since then
   * merge into the current revision; keys the portal changed too keep the portal's value and are
   * answered (and stored) as conflicts.
   */
  public CollectorDocument push(Integer base, JsonObject document, String comment) {
    Installation installation = own();
    if (document == null) {
      throw new InvalidInputException("document", "is required");
    }
    ConfigurationHead head = revisions.lockedHead(installation);
    if (base == null) {
      throw PreconditionFailedException.missing("If-Match");
    }
    ConfigurationRevision baseRevision =
        revisions
            .revision(installation, base)
            .orElseThrow(() -> PreconditionFailedException.unknown("If-Match", "" + base));
    ConfigurationRevision headRevision = revisions.revision(installation, head.revision()).get();
    SortedMap<String, JsonValue> mine = Leaves.of(document);
    revisions.requireInput(mine, false);
    SortedMap<String, JsonValue> basePlain = Leaves.of(revisions.opened(baseRevision.effective()));
    SortedMap<String, JsonValue> headPlain = Leaves.of(revisions.opened(headRevision.effective()));
    Layers.Effective effective = revisions.effective(installation, headRevision.document());
    Written written =
        writes.merge(
            installation,
            head,
            headRevision,
            new Attempt(
                base,
                Merge.changes(basePlain, mine),
                Merge.changes(basePlain, headPlain),
                headRevision.effective(),
                path -> Layers.lockOver(effective.lockedBy(), path) != null,
                new Authorship(RevisionSource.COLLECTOR, collector(installation), comment)));
    ConfigurationRevision now = written.revision() != null ? written.revision() : headRevision;
    if (written.conflicts().isEmpty()) {
      reportApplied(installation, head, now.number());
    }
    return document(
        now, written.merged(), written.conflicts().stream().map(ConflictView::of).toList());
  }

  /** Notes the revision the Collector runs and tells whoever waits on it when that changed. */
  private void reportApplied(Installation installation, ConfigurationHead head, int number) {
    Integer before = head.appliedRevision();
    Instant now = clock.instant();
    if (head.reportApplied(number, now) && !Integer.valueOf(number).equals(before)) {
      applied.fire(new ConfigurationApplied(installation.id(), number, now));
    }
  }

  private Installation own() {
    TenantScope scope = store.scope();
    if (!scope.isInstallation()) {
      throw new ForbiddenException("Only an installation reads its configuration here");
    }
    return store.find(Installation.class, scope.installationId());
  }

  private CollectorDocument document(
      ConfigurationRevision revision, boolean merged, List<ConflictView> conflicts) {
    return new CollectorDocument(
        revision.number(),
        revisions.opened(revision.effective()),
        revision.number() == 0 ? null : revision.source(),
        revision.number() == 0 ? null : revision.createdAt(),
        merged,
        conflicts);
  }

  private static String collector(Installation installation) {
    return "Collector on "
        + (installation.machineName() == null ? installation.name() : installation.machineName());
  }
}
