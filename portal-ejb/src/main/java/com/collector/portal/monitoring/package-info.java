/**
 * Monitoring dashboards: what the Collectors of the reader's subtree reported, counted by the
 * database — runs per day by result, installations failing now, the versions in use, the most
 * frequent error groups — narrowed to a partner, a customer or one installation and a period; and
 * one installation's timeline of sessions, runs, errors and updates. It only reads what the {@code
 * telemetry} feature's intake wrote, always through the scoped {@code Store}.
 */
package com.collector.portal.monitoring;
