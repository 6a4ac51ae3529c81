package com.collector.portal.distribution.entity;

/** What a file of a ClickOnce release is to the portal. */
public enum HostedFileRole {
  /** The {@code *.application} at the root: served rewritten and signed per channel. */
  DEPLOYMENT_MANIFEST,
  /** The application manifest the deployment manifest installs, served as uploaded. */
  APPLICATION_MANIFEST,
  /** A payload file or another file of the publish, served as uploaded. */
  FILE
}
