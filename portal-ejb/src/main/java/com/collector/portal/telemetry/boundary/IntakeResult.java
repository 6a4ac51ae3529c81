package com.collector.portal.telemetry.boundary;

import java.util.List;

/** What became of a batch: events stored, replays of stored ones, and those refused. */
public record IntakeResult(int accepted, int duplicates, List<Rejection> rejected) {}
