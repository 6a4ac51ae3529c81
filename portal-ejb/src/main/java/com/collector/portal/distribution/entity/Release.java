package com.collector.portal.distribution.entity;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.control.ChangeListener;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One version of a product with its signed package. Its lifecycle is {@code DRAFT → PUBLISHED →
 * REVOKED}; once published nothing changes but a rollout raise and the revocation, so what a
 * Collector was offered stays what it downloads.
 */
@Entity
// In-memory caches (scopes, release set, entitlements) drop what they kept when one changes.
@EntityListeners(ChangeListener.class)
@Table(name = "product_release")
public class Release implements TenantOwned {

  /** Channel names: lowercase, e.g. {@code stable}, {@code beta}, {@code pilot-customers}. */
  public static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @Column(name = "owner_path")
  private String ownerPath;

  private String version;

  @Column(name = "version_precedence")
  private String versionPrecedence;

  private String channel;

  @Column(name = "notes_en")
  private String notesEn;

  @Column(name = "notes_fr")
  private String notesFr;

  @Column(name = "notes_nl")
  private String notesNl;

  @Column(name = "min_app_version")
  private String minAppVersion;

  @Column(name = "max_app_version")
  private String maxAppVersion;

  private boolean mandatory;

  @Column(name = "rollout_percent")
  private int rolloutPercent;

  @Enumerated(EnumType.STRING)
  private ReleaseState state;

  @Column(name = "package_sha256")
  private String packageSha256;

  @Column(name = "package_size")
  private long packageSize;

  private String signature;

  @Column(name = "signature_key_id")
  private String signatureKeyId;

  @Column(name = "signature_algorithm")
  private String signatureAlgorithm;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "set_version")
  private long setVersion;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Release() {}

  /** A new draft of {@code product} shipping {@code pkg}, created by {@code actor}. */
  public Release(
      Product product,
      ReleaseVersion version,
      ReleaseTerms terms,
      SignedPackage pkg,
      String actor,
      Instant now) {
    this.product = Objects.requireNonNull(product, "product");
    this.ownerPath = product.ownerPath();
    this.version = version.text();
    this.versionPrecedence = version.precedence();
    if (!CHANNEL.matcher(terms.channel()).matches()) {
      throw new InvalidInputException("channel", "must be lowercase letters, digits and '-'");
    }
    this.channel = terms.channel();
    this.notesEn = terms.notes().getOrDefault(Language.en, "");
    this.notesFr = terms.notes().getOrDefault(Language.fr, "");
    this.notesNl = terms.notes().getOrDefault(Language.nl, "");
    this.minAppVersion = terms.minAppVersion();
    this.maxAppVersion = terms.maxAppVersion();
    this.mandatory = terms.mandatory();
    this.rolloutPercent = checkedPercent(terms.rolloutPercent());
    this.packageSha256 = pkg.sha256();
    this.packageSize = pkg.size();
    this.signature = pkg.signature();
    this.signatureKeyId = pkg.keyId();
    this.signatureAlgorithm = pkg.algorithm();
    this.state = ReleaseState.DRAFT;
    this.createdBy = actor;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Offers the draft to Collectors from {@code now}; any other state is a 409 on {@code state}. */
  public void publish(String actor, Instant now) {
    if (state != ReleaseState.DRAFT) {
      throw stateConflict("only a draft can be published");
    }
    state = ReleaseState.PUBLISHED;
    publishedBy = actor;
    publishedAt = now;
    updatedAt = now;
  }

  /**
   * Withdraws the release: a published one stops being offered, a draft never will be. Revoking
   * twice is a 409 on {@code state}.
   */
  public void revoke(String actor, Instant now) {
    if (state == ReleaseState.REVOKED) {
      throw stateConflict("the release is already revoked");
    }
    state = ReleaseState.REVOKED;
    revokedBy = actor;
    revokedAt = now;
    updatedAt = now;
  }

  /**
   * Sets the rollout percentage. A draft takes any 0..100; a published release only a raise (a
   * lower percentage would take the release away from installations that already have it); a
   * revoked one nothing.
   */
  public void changeRollout(int percent, Instant now) {
    checkedPercent(percent);
    if (state == ReleaseState.REVOKED) {
      throw stateConflict("a revoked release has no rollout any more");
    }
    if (state == ReleaseState.PUBLISHED && percent < rolloutPercent) {
      throw new ConflictException(
          "error.rolloutLowered",
          "percent",
          "A published release's rollout can only be raised: it is at "
              + rolloutPercent
              + " %, "
              + percent
              + " % would drop installations");
    }
    rolloutPercent = percent;
    updatedAt = now;
  }

  private static int checkedPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new InvalidInputException("percent", "must be 0 to 100");
    }
    return percent;
  }

  private ConflictException stateConflict(String why) {
    return new ConflictException(
        "error.releaseState", "state", "Release " + version + " is " + state + ": " + why);
  }

  public Long id() {
    return id;
  }

  public Product product() {
    return product;
  }

  public String version() {
    return version;
  }

  public String channel() {
    return channel;
  }

  public String notes(Language language) {
    return switch (language) {
      case fr -> notesFr;
      case nl -> notesNl;
      case en -> notesEn;
    };
  }

  /** Lowest Collector app version a plugin release works with, null when open. */
  public String minAppVersion() {
    return minAppVersion;
  }

  /** Highest Collector app version a plugin release works with, null when open. */
  public String maxAppVersion() {
    return maxAppVersion;
  }

  public boolean mandatory() {
    return mandatory;
  }

  public int rolloutPercent() {
    return rolloutPercent;
  }

  public ReleaseState state() {
    return state;
  }

  public SignedPackage signedPackage() {
    return new SignedPackage(
        packageSha256, packageSize, signature, signatureKeyId, signatureAlgorithm);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String revokedBy() {
    return revokedBy;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  /** The last change: creation, publication, rollout change or revocation. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * Records that this change made the release set's version {@code version} (a number drawn from
   * one database sequence, so it grows across instances).
   */
  public void changedReleaseSet(long version) {
    setVersion = version;
  }

  /** The release set's version this release last changed it to; 0 before its publication. */
  public long setVersion() {
    return setVersion;
  }

  /**
   * A stable rollout key for {@code Rollout.includes}: {@code <product>@<version>} for a plugin, so
   * each plugin release picks its own installations; the product code alone for the app, so an
   * installation stays in one ClickOnce ring ({@code Rollout.ring}) for every app release and its
   * ring's deployment manifest agrees with the update check.
   */
  public String rolloutKey() {
    return product.kind() == ProductKind.APP
        ? product.code()
        : product.code() + "@" + versionPrecedence;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  /** Language-keyed notes, for views. */
  public Map<Language, String> allNotes() {
    return Map.of(Language.en, notesEn, Language.fr, notesFr, Language.nl, notesNl);
  }
}
