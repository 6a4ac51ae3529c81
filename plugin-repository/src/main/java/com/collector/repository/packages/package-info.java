/**
 * Validation of uploaded plugin packages (zips): safe entry names, no links, limits against zip
 * bombs, and a {@code collector-plugin.json} manifest that must name the expected id and version.
 */
package com.collector.repository.packages;
