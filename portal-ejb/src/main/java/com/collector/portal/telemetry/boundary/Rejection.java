package com.collector.portal.telemetry.boundary;

/** An event of a batch that was not stored: its place in the batch, its id if any, and why. */
public record Rejection(int index, String id, String reason) {}
