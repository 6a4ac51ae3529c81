package com.collector.portal.telemetry.boundary;

import java.time.Instant;
import java.util.List;

/**
 * An installation's health: when it was last seen, what it runs, its runs (last, last success,
 * failures in a row, the error rate over seven days), per plugin, and what its telemetry intake
 * accepted, found duplicate, refused and dropped over those days; the scheduled runs it missed over
 * those days, the last slot missed and the misses in a row now.
 */
public record HealthView(
    long installationId,
    Instant lastSeenAt,
    String appVersion,
    String os,
    String dotnetVersion,
    String plugins,
    Instant lastRunAt,
    Instant lastSuccessAt,
    int consecutiveFailures,
    Instant lastUpdateFailedAt,
    long runs7d,
    long failedRuns7d,
    double errorRate7d,
    List<PluginHealthView> pluginRuns,
    Intake intake7d,
    long missedRuns7d,
    Instant lastMissedRunAt,
    int missedRunsInRow) {

  /** One plugin's runs. */
  public record PluginHealthView(
      String plugin,
      Instant lastRunAt,
      Instant lastSuccessAt,
      int consecutiveFailures,
      String lastErrorCode) {}

  /** Events sent, by what became of them. */
  public record Intake(long accepted, long duplicates, long rejected, long dropped) {}
}
