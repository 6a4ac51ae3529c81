package com.collector.portal.distribution.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One file a Collector app release hosts for ClickOnce, stored as a blob under its SHA-256. Written
 * once with its release and never changed: what a client was offered stays what it downloads.
 */
@Entity
@Table(name = "release_file")
public class ReleaseFile implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "release_id")
  private long releaseId;

  @Column(name = "owner_path")
  private String ownerPath;

  private String path;

  @Enumerated(EnumType.STRING)
  private HostedFileRole role;

  private String sha256;

  private long size;

  protected ReleaseFile() {}

  /**
   * @param release the release hosting it (already stored)
   * @param path its path in the publish, {@code /}-separated
   */
  public ReleaseFile(Release release, String path, HostedFileRole role, String sha256, long size) {
    this.releaseId = Objects.requireNonNull(release.id(), "release id");
    this.ownerPath = release.ownerPath();
    this.path = Objects.requireNonNull(path, "path");
    this.role = Objects.requireNonNull(role, "role");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.size = size;
  }

  public long releaseId() {
    return releaseId;
  }

  public String path() {
    return path;
  }

  public HostedFileRole role() {
    return role;
  }

  public String sha256() {
    return sha256;
  }

  public long size() {
    return size;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
