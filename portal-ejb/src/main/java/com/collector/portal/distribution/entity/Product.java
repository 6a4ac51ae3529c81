package com.collector.portal.distribution.entity;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something the vendor ships: the Collector application (one, {@link ProductKind#APP}) or a plugin.
 * Its {@code code} is stable: for a plugin it is the id its packages' manifests carry.
 */
@Entity
@Table(name = "product")
public class Product implements TenantOwned {

  /** Code of the Collector application product. */
  public static final String APP_CODE = "collector";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_path")
  private String ownerPath;

  private String code;

  @Enumerated(EnumType.STRING)
  private ProductKind kind;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_fr")
  private String nameFr;

  @Column(name = "name_nl")
  private String nameNl;

  private String description;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Product() {}

  /** A product owned by the vendor at {@code vendorPath}; names per language, all required. */
  public Product(
      String vendorPath,
      String code,
      ProductKind kind,
      Map<Language, String> names,
      String description,
      Instant now) {
    this.ownerPath = Objects.requireNonNull(vendorPath, "vendorPath");
    this.code = code.strip();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.nameEn = names.get(Language.en).strip();
    this.nameFr = names.get(Language.fr).strip();
    this.nameNl = names.get(Language.nl).strip();
    this.description = description == null ? "" : description.strip();
    this.createdAt = now;
  }

  /** The Collector application of the vendor at {@code vendorPath}. */
  public static Product collectorApp(String vendorPath, Instant now) {
    return new Product(
        vendorPath,
        APP_CODE,
        ProductKind.APP,
        Map.of(Language.en, "Collector", Language.fr, "Collector", Language.nl, "Collector"),
        "The Collector application (ClickOnce)",
        now);
  }

  public String name(Language language) {
    return switch (language) {
      case fr -> nameFr;
      case nl -> nameNl;
      case en -> nameEn;
    };
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public ProductKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
