package com.collector.portal.distribution.control;

import com.collector.portal.distribution.entity.HostedFileRole;

/**
 * A file of a ClickOnce publish as stored in the blob store.
 *
 * @param path its zip entry name, {@code /}-separated (e.g. {@code Application
 *     Files/Collector_4_2_0_17/Collector.dll.deploy})
 * @param role deployment manifest, application manifest or another file
 * @param sha256 its blob name
 * @param size bytes
 */
public record HostedFile(String path, HostedFileRole role, String sha256, long size) {}
