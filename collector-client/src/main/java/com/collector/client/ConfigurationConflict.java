package com.collector.client;

import java.util.List;

/**
 * A pushed configuration the portal did not take (409): the portal changed the same values since
 * the revision the local file was based on, and kept its side. The local file is left as it was.
 */
public final class ConfigurationConflict extends Exception {

  private static final long serialVersionUID = 1L;

  /** A value both sides changed, at a JSON pointer into the document, with either side's value. */
  public record Conflict(String path, Object portal, Object collector) {}

  private final long revision;
  private final transient List<Conflict> conflicts;

  public ConfigurationConflict(long revision, List<Conflict> conflicts) {
    super("the portal kept revision " + revision + " (" + conflicts.size() + " conflicts)");
    this.revision = revision;
    this.conflicts = List.copyOf(conflicts);
  }

  /** The portal's head revision. */
  public long revision() {
    return revision;
  }

  public List<Conflict> conflicts() {
    return conflicts;
  }
}
