package com.collector.portal.telemetry.control;

import com.collector.portal.telemetry.control.IntakeCounters.Intake;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * What one batch changes in its installation's health, kept beside its events so that health is
 * brought up to date after the batch's transaction, not inside it: there, every batch of an
 * installation would hold the health row until its commit, and batches would commit one at a time.
 * Deltas merge in arrival order ({@link #then}) into what applying them one by one would do.
 *
 * @param lastSeen when the batch with events arrived (null when it stored none)
 * @param intake the day's counts of the batch
 * @param runs all extraction runs (null without runs)
 * @param plugins runs per plugin
 * @param session what runs, each fact from the latest session start that names it (null without
 *     session starts)
 * @param lastUpdateFailedAt the latest failed update (null without one)
 * @param updateSucceeded the outcome of the latest update (null without updates)
 * @param errors application errors by fingerprint
 */
public record HealthDelta(
    Instant lastSeen,
    Map<LocalDate, Intake> intake,
    Runs runs,
    Map<String, Runs> plugins,
    Session session,
    Instant lastUpdateFailedAt,
    Boolean updateSucceeded,
    Map<String, Errors> errors) {

  /**
   * Runs in order: when the last one and the last successful one happened, how the streak of
   * failures continues, and the error code of the latest failed run (when one failed).
   */
  public record Runs(
      Instant lastRunAt,
      Instant lastSuccessAt,
      boolean resetsStreak,
      int failuresInRow,
      boolean setsErrorCode,
      String errorCode) {

    static Runs of(List<TelemetryEvent> ordered) {
      Instant lastRun = null;
      Instant lastSuccess = null;
      boolean resets = false;
      int failures = 0;
      boolean failed = false;
      String code = null;
      for (TelemetryEvent run : ordered) {
        lastRun = later(lastRun, run.occurredAt());
        if (run.isFailedRun()) {
          failures++;
          failed = true;
          code = run.errorCode();
        } else {
          lastSuccess = later(lastSuccess, run.occurredAt());
          resets = true;
          failures = 0;
        }
      }
      return new Runs(lastRun, lastSuccess, resets, failures, failed, code);
    }

    /** Failed runs in a row after these runs, when {@code before} failed in a row ahead of them. */
    public int failuresAfter(int before) {
      return resetsStreak ? failuresInRow : before + failuresInRow;
    }

    Runs then(Runs next) {
      return new Runs(
          later(lastRunAt, next.lastRunAt),
          later(lastSuccessAt, next.lastSuccessAt),
          resetsStreak || next.resetsStreak,
          next.resetsStreak ? next.failuresInRow : failuresInRow + next.failuresInRow,
          setsErrorCode || next.setsErrorCode,
          next.setsErrorCode ? next.errorCode : errorCode);
    }
  }

  /** A session start's facts; a null member leaves what health has. */
  public record Session(String appVersion, String os, String dotnetVersion, String plugins) {
    Session then(Session next) {
      return new Session(
          either(next.appVersion, appVersion),
          either(next.os, os),
          either(next.dotnetVersion, dotnetVersion),
          either(next.plugins, plugins));
    }
  }

  /**
   * One error group's occurrences: the first one's type and frames, the latest one's message, when,
   * how many, the latest version.
   */
  public record Errors(
      String exceptionType,
      String topFrames,
      String message,
      Instant firstSeenAt,
      Instant lastSeenAt,
      long occurrences,
      String appVersion) {

    Errors then(Errors next) {
      return new Errors(
          exceptionType,
          topFrames,
          next.message == null || next.lastSeenAt.isBefore(lastSeenAt) ? message : next.message,
          earlier(firstSeenAt, next.firstSeenAt),
          later(lastSeenAt, next.lastSeenAt),
          occurrences + next.occurrences,
          either(next.appVersion, appVersion));
    }
  }

  /** The delta of a batch: the events it stored, what became of the others, when it arrived. */
  public static HealthDelta of(List<TelemetryEvent> stored, Intake counts, Instant receivedAt) {
    List<TelemetryEvent> ordered = new ArrayList<>(stored);
    ordered.sort(Comparator.comparing(TelemetryEvent::occurredAt));
    List<TelemetryEvent> runs = new ArrayList<>();
    Map<String, List<TelemetryEvent>> runsByPlugin = new TreeMap<>();
    Session session = null;
    Instant updateFailedAt = null;
    Boolean updateSucceeded = null;
    Map<String, Errors> errors = new LinkedHashMap<>();
    for (TelemetryEvent event : ordered) {
      switch (event.type()) {
        case EXTRACTION_RUN -> {
          runs.add(event);
          runsByPlugin.computeIfAbsent(event.plugin(), p -> new ArrayList<>()).add(event);
        }
        case SESSION_START -> {
          Session started =
              new Session(
                  event.appVersion(),
                  event.os(),
                  event.dotnetVersion(),
                  pluginList(event.plugins()));
          session = session == null ? started : session.then(started);
        }
        case UPDATE_RESULT -> {
          updateSucceeded = "success".equals(event.result());
          updateFailedAt = updateSucceeded ? updateFailedAt : event.occurredAt();
        }
        case APP_ERROR -> errors.merge(event.fingerprint(), errors(event), Errors::then);
        case SESSION_END -> {
          // health takes nothing from it
        }
      }
    }
    Map<String, Runs> plugins = new TreeMap<>();
    runsByPlugin.forEach((plugin, itsRuns) -> plugins.put(plugin, Runs.of(itsRuns)));
    return new HealthDelta(
        stored.isEmpty() ? null : receivedAt,
        Map.of(receivedAt.atOffset(ZoneOffset.UTC).toLocalDate(), counts),
        runs.isEmpty() ? null : Runs.of(runs),
        plugins,
        session,
        updateFailedAt,
        updateSucceeded,
        errors);
  }

  /** This delta followed by {@code next}, as one. */
  public HealthDelta then(HealthDelta next) {
    return new HealthDelta(
        later(lastSeen, next.lastSeen),
        merged(intake, next.intake, HealthDelta::sum),
        runs == null ? next.runs : next.runs == null ? runs : runs.then(next.runs),
        merged(plugins, next.plugins, Runs::then),
        session == null
            ? next.session
            : next.session == null ? session : session.then(next.session),
        later(lastUpdateFailedAt, next.lastUpdateFailedAt),
        next.updateSucceeded == null ? updateSucceeded : next.updateSucceeded,
        merged(errors, next.errors, Errors::then));
  }

  private static Errors errors(TelemetryEvent error) {
    String message = error.error().message();
    return new Errors(
        error.error().exceptionType(),
        error.error().topFrames(),
        message == null ? null : message.substring(0, Math.min(1000, message.length())),
        error.occurredAt(),
        error.occurredAt(),
        1,
        error.appVersion());
  }

  /** What runs, as health shows it: "plugin version" pairs by plugin id. */
  private static String pluginList(Map<String, String> plugins) {
    if (plugins == null || plugins.isEmpty()) {
      return null;
    }
    return new TreeMap<>(plugins)
        .entrySet().stream()
            .map(p -> p.getKey() + " " + p.getValue())
            .collect(Collectors.joining(", "));
  }

  private static Intake sum(Intake a, Intake b) {
    return new Intake(
        a.accepted() + b.accepted(),
        a.duplicates() + b.duplicates(),
        a.rejected() + b.rejected(),
        a.dropped() + b.dropped());
  }

  private static <K, V> Map<K, V> merged(Map<K, V> first, Map<K, V> next, BinaryOperator<V> then) {
    Map<K, V> all = new TreeMap<>(first);
    next.forEach((key, value) -> all.merge(key, value, then));
    return all;
  }

  private static <T> T either(T preferred, T otherwise) {
    return preferred != null ? preferred : otherwise;
  }

  static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
