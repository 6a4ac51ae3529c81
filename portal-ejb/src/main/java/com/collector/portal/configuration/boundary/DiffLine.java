package com.collector.portal.configuration.boundary;

import jakarta.json.JsonValue;

/**
 * One key that differs between two revisions: its value before and after (null where absent), a
 * secret only masked — a diff tells that it changed, never what it was.
 */
public record DiffLine(String path, JsonValue before, JsonValue after, boolean secret) {}
