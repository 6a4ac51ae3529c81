package com.collector.portal.configuration.control;

import com.collector.portal.configuration.control.Merge.Change;
import com.collector.portal.configuration.control.Merge.Conflict;
import com.collector.portal.configuration.entity.ConfigurationConflict;
import com.collector.portal.configuration.entity.ConfigurationHead;
import com.collector.portal.configuration.entity.ConfigurationRevision;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.tenancy.control.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A write by either side, merged into the head: what the other side did not touch goes into a new
 * revision; each key both sides changed keeps the portal's value and the other side's is stored as
 * a conflict for someone to settle. Nothing is lost either way.
 */
@ApplicationScoped
public class ConfigurationWrites {

  @Inject Revisions revisions;
  @Inject SecretSealing sealing;
  @Inject Store store;
  @Inject Clock clock;

  /** One side's write: its changes since {@code base}, the other side's since then. */
  public record Attempt(
      int base,
      List<Change> mine,
      List<Change> theirs,
      JsonObject current,
      Predicate<String> locked,
      Authorship by) {}

  /** The new revision (null when nothing went in) and the conflicts stored. */
  public record Written(
      ConfigurationRevision revision, boolean merged, List<ConfigurationConflict> conflicts) {}

  public Written merge(
      Installation installation,
      ConfigurationHead head,
      ConfigurationRevision headRevision,
      Attempt attempt) {
    Merge.Outcome outcome =
        Merge.merge(
            Leaves.of(headRevision.document()),
            attempt.mine(),
            attempt.theirs(),
            attempt.current(),
            attempt.locked());
    ConfigurationRevision written = null;
    if (!outcome.applied().isEmpty()) {
      written = revisions.write(installation, head, outcome.merged(), attempt.by());
    }
    List<ConfigurationConflict> conflicts = new ArrayList<>();
    for (Conflict conflict : outcome.conflicts()) {
      conflicts.add(
          store.add(
              new ConfigurationConflict(
                  installation,
                  conflict.path(),
                  text(conflict.kept()),
                  text(sealedIfSecret(installation, conflict.path(), conflict.other())),
                  attempt.by().source(),
                  attempt.by().author(),
                  attempt.base(),
                  head.revision(),
                  conflict.reason().name(),
                  clock.instant())));
    }
    if (!conflicts.isEmpty()) {
      store.flush("conflicts"); // their ids are answered
    }
    boolean merged = written != null && attempt.base() != headRevision.number();
    return new Written(written, merged, conflicts);
  }

  private JsonValue sealedIfSecret(Installation installation, String path, JsonValue value) {
    if (value instanceof JsonString plain && revisions.schema().isSecret(path)) {
      return sealing.seal(installation.customer(), path, plain.getString());
    }
    return value;
  }

  private static String text(JsonValue value) {
    return value == null ? null : value.toString();
  }
}
