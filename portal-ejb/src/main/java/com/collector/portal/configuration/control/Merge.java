package com.collector.portal.configuration.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Three-way merge of configuration documents by leaf: a change one side made since the common base
 * applies unless the other side changed the same key (or a key on its branch) differently, or the
 * key is locked higher up; then the portal's value is kept and the change becomes a {@link
 * Conflict}, so nothing is lost.
 */
public final class Merge {

  /** Why a change was not applied. */
  public enum Reason {
    BOTH_CHANGED,
    LOCKED
  }

  /** A key set to {@code value}, or removed when {@code value} is null. */
  public record Change(String path, JsonValue value) {}

  /** A change not applied: the value kept and the other side's. */
  public record Conflict(String path, JsonValue kept, JsonValue other, Reason reason) {}

  /** The merged leaves, the changes that went in and those that did not. */
  public record Outcome(
      SortedMap<String, JsonValue> merged, List<Change> applied, List<Conflict> conflicts) {}

  private Merge() {}

  /** What turns {@code base} into {@code changed}, key by key. */
  public static List<Change> changes(Map<String, JsonValue> base, Map<String, JsonValue> changed) {
    TreeSet<String> paths = new TreeSet<>(base.keySet());
    paths.addAll(changed.keySet());
    List<Change> changes = new ArrayList<>();
    for (String path : paths) {
      JsonValue before = base.get(path);
      JsonValue after = changed.get(path);
      if (!Objects.equals(before, after)) {
        changes.add(new Change(path, after));
      }
    }
    return changes;
  }

  /**
   * Applies {@code mine} to {@code target} where {@code theirs} (the other side's changes since the
   * same base) did not touch the key differently and {@code locked} does not hold it; {@code
   * current} is the document whose values a conflict reports as kept.
   */
  public static Outcome merge(
      Map<String, JsonValue> target,
      List<Change> mine,
      List<Change> theirs,
      JsonObject current,
      Predicate<String> locked) {
    SortedMap<String, JsonValue> merged = new TreeMap<>(target);
    List<Change> applied = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (Change change : mine) {
      if (theirs.contains(change)) {
        continue; // the other side made the same change: nothing to do, nothing to report
      }
      Reason refused =
          locked.test(change.path())
              ? Reason.LOCKED
              : theirs.stream().anyMatch(other -> collides(change, other))
                  ? Reason.BOTH_CHANGED
                  : null;
      if (refused == null) {
        Leaves.set(merged, change.path(), change.value());
        applied.add(change);
      } else {
        conflicts.add(
            new Conflict(
                change.path(), Leaves.at(current, change.path()), change.value(), refused));
      }
    }
    return new Outcome(merged, applied, conflicts);
  }

  /** Both sides touched the branch, and not to the same value of the same key. */
  private static boolean collides(Change mine, Change theirs) {
    if (!Leaves.overlap(mine.path(), theirs.path())) {
      return false;
    }
    return !(mine.path().equals(theirs.path()) && Objects.equals(mine.value(), theirs.value()));
  }
}
