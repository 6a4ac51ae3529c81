package com.collector.portal.telemetry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An application error group across all installations (written by the intake's SQL). Not owned by a
 * tenant: readers reach it only through their subtree's {@link ErrorOccurrence}s.
 */
@Entity
@Table(name = "error_group")
public class ErrorGroup {

  @Id private String fingerprint;

  @Column(name = "exception_type")
  private String exceptionType;

  @Column(name = "top_frames")
  private String topFrames;

  protected ErrorGroup() {}

  public String fingerprint() {
    return fingerprint;
  }

  public String exceptionType() {
    return exceptionType;
  }

  public String topFrames() {
    return topFrames;
  }
}
