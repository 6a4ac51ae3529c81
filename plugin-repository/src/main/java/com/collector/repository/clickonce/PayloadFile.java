package com.collector.repository.clickonce;

/**
 * A file the application manifest installs, as found in the publish.
 *
 * @param entryName its name in the zip and path under the extraction directory ({@code
 *     /}-separated, with {@code .deploy} when the deployment maps file extensions)
 * @param logicalName its name as the application sees it, relative to the application manifest's
 *     folder, {@code /}-separated
 * @param size its size in bytes (equal to the declared one)
 * @param sha256 SHA-256 of its bytes, 64 lowercase hex digits, whatever the manifest declared
 * @param digestAlgorithm the {@code DigestMethod} URI the manifest declared (and that matched)
 */
public record PayloadFile(
    String entryName, String logicalName, long size, String sha256, String digestAlgorithm) {}
