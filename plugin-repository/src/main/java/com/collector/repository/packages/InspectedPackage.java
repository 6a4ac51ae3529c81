package com.collector.repository.packages;

import java.util.List;

/**
 * A package that passed inspection.
 *
 * @param manifest what its manifest says (id and version equal to the expected ones)
 * @param files its files in zip order, directories left out
 * @param entryCount all entries, directories included
 * @param uncompressedBytes the inflated size of all files together
 * @param sha256 SHA-256 of the package file, 64 lowercase hex digits (its blob name)
 * @param size the package file's size in bytes
 */
public record InspectedPackage(
    PluginManifest manifest,
    List<PackageEntry> files,
    int entryCount,
    long uncompressedBytes,
    String sha256,
    long size) {

  public InspectedPackage {
    files = List.copyOf(files);
  }
}
