/**
 * The reference Collector client (enrollment, tokens, update check, configuration, telemetry); it
 * grows with the plugin repository issue and serves end-to-end tests and benchmarks.
 */
package com.collector.client;
