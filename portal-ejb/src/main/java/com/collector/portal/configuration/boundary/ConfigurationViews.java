package com.collector.portal.configuration.boundary;

import com.collector.portal.configuration.control.ConfigurationWrites.Written;
import com.collector.portal.configuration.control.Layers;
import com.collector.portal.configuration.control.Revisions;
import com.collector.portal.configuration.entity.ConfigurationConflict;
import com.collector.portal.configuration.entity.ConfigurationHead;
import com.collector.portal.configuration.entity.ConfigurationRevision;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.tenancy.control.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** The views of configurations people get, secrets masked. */
@ApplicationScoped
public class ConfigurationViews {

  @Inject Store store;
  @Inject Revisions revisions;

  public ConfigurationView current(Installation installation, ConfigurationHead head) {
    ConfigurationRevision revision = revisions.revision(installation, head.revision()).get();
    Layers.Effective effective = revisions.effective(installation, revision.document());
    long open =
        store
            .list(
                ConfigurationConflict.class,
                "e.installationId = :installation AND e.resolvedAt IS NULL",
                Map.of("installation", installation.id()),
                "e.id")
            .size();
    return new ConfigurationView(
        installation.id(),
        revision.number(),
        Revisions.masked(revision.document()),
        Revisions.masked(revision.effective()),
        effective.sources(),
        effective.lockedBy(),
        head.appliedRevision(),
        head.appliedAt(),
        head.isApplied(),
        open,
        revision.number() == 0 ? null : revision.source(),
        revision.number() == 0 ? null : revision.author(),
        revision.comment(),
        revision.number() == 0 ? null : revision.createdAt());
  }

  public WriteOutcome outcome(Installation installation, ConfigurationHead head, Written written) {
    return new WriteOutcome(
        current(installation, head),
        written.merged(),
        written.conflicts().stream().map(ConflictView::of).toList());
  }
}
