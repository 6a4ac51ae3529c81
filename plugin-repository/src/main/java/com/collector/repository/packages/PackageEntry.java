package com.collector.repository.packages;

/**
 * A file in a package.
 *
 * @param name its path inside the package, {@code /}-separated
 * @param size its size in bytes as actually inflated
 */
public record PackageEntry(String name, long size) {}
