package com.collector.portal.installations.entity;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Collector on one machine, owned by a customer: {@code PENDING} until it enrolls with its
 * one-time code, then {@code ACTIVE}; {@code RETIRED} for good. Keeps only hashes of its open
 * enrollment code and of its credential, so a new code or a new enrollment replaces the old one.
 */
@Entity
@Table(name = "installation")
public class Installation implements TenantOwned {

  /** Recording every contact would write at every token; once a minute is enough to show life. */
  static final Duration CONTACT_RECORDING_INTERVAL = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Organization customer;

  @Column(name = "owner_path")
  private String ownerPath;

  private String name;

  @Enumerated(EnumType.STRING)
  private InstallationState state;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "code_expires_at")
  private Instant codeExpiresAt;

  @Column(name = "credential_hash")
  private String credentialHash;

  @Column(name = "credential_issued_at")
  private Instant credentialIssuedAt;

  @Column(name = "machine_name")
  private String machineName;

  private String os;

  @Column(name = "app_version")
  private String appVersion;

  @Convert(converter = PluginVersionsConverter.class)
  private Map<String, String> plugins;

  @Column(name = "enrolled_at")
  private Instant enrolledAt;

  @Column(name = "last_contact_at")
  private Instant lastContactAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Version private long version;

  protected Installation() {}

  public Installation(Organization customer, String name, String createdBy, Instant now) {
    this.customer = customer;
    this.ownerPath = customer.ownerPath();
    this.name = name.strip();
    this.state = InstallationState.PENDING;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Opens a new enrollment code (by its hash), revoking any code still open. */
  public void openEnrollment(String newCodeHash, Instant now, Duration validity) {
    requireNotRetired();
    this.codeHash = newCodeHash;
    this.codeExpiresAt = now.plus(validity);
  }

  /** Whether {@code hash} is the open code's and it has not expired. */
  public boolean acceptsCode(String hash, Instant now) {
    return state != InstallationState.RETIRED
        && codeHash != null
        && codeExpiresAt.isAfter(now)
        && MessageDigest.isEqual(
            codeHash.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Uses up the code and takes the machine's facts and a new credential (by its hash): an earlier
   * credential (a reinstall) stops working.
   */
  public void enroll(MachineFacts facts, String newCredentialHash, Instant now) {
    requireNotRetired();
    this.codeHash = null;
    this.codeExpiresAt = null;
    this.credentialHash = newCredentialHash;
    this.credentialIssuedAt = now;
    this.machineName = facts.machineName().strip();
    this.os = facts.os() == null ? null : facts.os().strip();
    this.appVersion = facts.appVersion() == null ? null : facts.appVersion().strip();
    this.plugins = new TreeMap<>(facts.plugins());
    this.state = InstallationState.ACTIVE;
    this.enrolledAt = now;
    this.lastContactAt = now;
  }

  /** Whether {@code hash} is the current credential of an active installation. */
  public boolean acceptsCredential(String hash) {
    return state == InstallationState.ACTIVE
        && credentialHash != null
        && MessageDigest.isEqual(
            credentialHash.getBytes(StandardCharsets.US_ASCII),
            hash.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A short, non-secret mark of the current credential (the start of its hash) that access tokens
   * carry, so replacing the credential ends the tokens it minted at once; null without a
   * credential.
   */
  public String credentialMark() {
    return credentialHash == null ? null : credentialHash.substring(0, 16);
  }

  /** Whether an access token carrying {@code mark} was minted by the current credential. */
  public boolean isCurrentCredential(String mark) {
    return state == InstallationState.ACTIVE && mark != null && mark.equals(credentialMark());
  }

  /**
   * Notes that the Collector got in touch, at most once per {@link #CONTACT_RECORDING_INTERVAL}.
   */
  public void recordContact(Instant now) {
    if (lastContactAt == null || lastContactAt.plus(CONTACT_RECORDING_INTERVAL).isBefore(now)) {
      lastContactAt = now;
    }
  }

  /** What the Collector said it runs when it checked for updates, and that it got in touch. */
  public void reportRunning(String runningApp, Map<String, String> runningPlugins, Instant now) {
    this.appVersion = runningApp;
    this.plugins = new TreeMap<>(runningPlugins);
    this.lastContactAt = now;
  }

  /** Retires the installation for good: its code and credential stop working. */
  public void retire(Instant now) {
    requireNotRetired();
    state = InstallationState.RETIRED;
    retiredAt = now;
    codeHash = null;
    codeExpiresAt = null;
    credentialHash = null;
  }

  private void requireNotRetired() {
    if (state == InstallationState.RETIRED) {
      throw new ConflictException(
          "error.installationRetired", "state", "The installation is retired");
    }
  }

  public Long id() {
    return id;
  }

  public Organization customer() {
    return customer;
  }

  public String name() {
    return name;
  }

  public InstallationState state() {
    return state;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant codeExpiresAt() {
    return codeExpiresAt;
  }

  public Instant credentialIssuedAt() {
    return credentialIssuedAt;
  }

  public String machineName() {
    return machineName;
  }

  public String os() {
    return os;
  }

  public String appVersion() {
    return appVersion;
  }

  public Map<String, String> plugins() {
    return plugins == null ? Map.of() : Map.copyOf(plugins);
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  public Instant lastContactAt() {
    return lastContactAt;
  }

  public Instant retiredAt() {
    return retiredAt;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
