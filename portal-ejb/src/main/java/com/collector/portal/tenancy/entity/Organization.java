package com.collector.portal.tenancy.entity;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.control.ChangeListener;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vendor, a partner or a customer. Its path is fixed at creation from the parent's path and its
 * own id; only an explicit move (a later issue) rewrites it.
 */
@Entity
// In-memory caches (scopes, release set, entitlements) drop what they kept when one changes.
@EntityListeners(ChangeListener.class)
@Table(name = "organization")
public class Organization implements TenantOwned {

  @Id private Long id;

  @Enumerated(EnumType.STRING)
  private OrganizationKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Organization parent;

  @Column(name = "path")
  private String ownerPath;

  private String name;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "vat_number")
  private String vatNumber;

  private String street;

  @Column(name = "postal_code")
  private String postalCode;

  private String city;

  private String country;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "partner_access_suspended_at")
  private Instant partnerAccessSuspendedAt;

  @Version private long version;

  protected Organization() {}

  private Organization(
      long id,
      OrganizationKind kind,
      Organization parent,
      String name,
      String contactEmail,
      Instant now) {
    this.id = id;
    this.kind = kind;
    this.parent = parent;
    this.ownerPath = (parent == null ? "/" : parent.ownerPath) + id + "/";
    this.name = name.strip();
    this.contactEmail = blankToNull(contactEmail);
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The root of the tree; there is exactly one. */
  public static Organization vendor(long id, String name, Instant now) {
    return new Organization(id, OrganizationKind.VENDOR, null, name, null, now);
  }

  /** Creates the child this organization's kind allows: a partner under the vendor, etc. */
  public Organization addChild(
      long childId, String childName, String childContactEmail, Instant now) {
    OrganizationKind childKind =
        kind.childKind()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "parentId", "a customer cannot have sub-organizations"));
    return new Organization(childId, childKind, this, childName, childContactEmail, now);
  }

  /** Changes the descriptive fields; kind, parent and path never change here. */
  public void describe(String newName, String newContactEmail, Instant now) {
    this.name = newName.strip();
    this.contactEmail = blankToNull(newContactEmail);
    this.updatedAt = now;
  }

  /**
   * Records the company details (VAT number checked by format and check digits, a whole address,
   * the contact person), replacing the ones known; 400 naming each part at fault, changing nothing.
   */
  public void recordCompanyDetails(CompanyDetails details, Instant now) {
    CompanyDetails checked = (details == null ? CompanyDetails.NONE : details).checked();
    vatNumber = checked.vatNumber();
    street = checked.street();
    postalCode = checked.postalCode();
    city = checked.city();
    country = checked.country();
    contactName = checked.contactName();
    contactPhone = checked.contactPhone();
    updatedAt = now;
  }

  public CompanyDetails companyDetails() {
    return new CompanyDetails(
        vatNumber, street, postalCode, city, country, contactName, contactPhone);
  }

  /** The customer shuts its partner out of its subtree; the vendor keeps access. */
  public void suspendPartnerAccess(Instant now) {
    requireCustomer();
    if (partnerAccessSuspendedAt == null) {
      partnerAccessSuspendedAt = now;
      updatedAt = now;
    }
  }

  public void resumePartnerAccess(Instant now) {
    requireCustomer();
    if (partnerAccessSuspendedAt != null) {
      partnerAccessSuspendedAt = null;
      updatedAt = now;
    }
  }

  public boolean isPartnerAccessSuspended() {
    return partnerAccessSuspendedAt != null;
  }

  public Instant partnerAccessSuspendedAt() {
    return partnerAccessSuspendedAt;
  }

  private void requireCustomer() {
    if (kind != OrganizationKind.CUSTOMER) {
      throw new InvalidInputException("id", "only a customer grants access to its partner");
    }
  }

  /** Before/after state for the audit log. */
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("kind", kind.name());
    state.put("path", ownerPath);
    state.put("name", name);
    state.put("contactEmail", contactEmail);
    state.put("vatNumber", vatNumber);
    state.put(
        "address",
        companyDetails().hasAddress()
            ? street + ", " + postalCode + " " + city + ", " + country
            : null);
    state.put("contactName", contactName);
    state.put("contactPhone", contactPhone);
    if (kind == OrganizationKind.CUSTOMER) {
      state.put("partnerAccess", partnerAccessSuspendedAt == null ? "active" : "suspended");
    }
    return state;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long id() {
    return id;
  }

  public OrganizationKind kind() {
    return kind;
  }

  public Organization parent() {
    return parent;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public String path() {
    return ownerPath;
  }

  public String name() {
    return name;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  /** Depth in the tree: 1 for the vendor. */
  public int depth() {
    return ownerPath.split("/").length - 1;
  }
}
