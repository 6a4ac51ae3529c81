package com.collector.portal.tickets.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The standard plan of a ticket category, owned by the vendor. */
@Entity
@Table(name = "ticket_template")
public class TicketTemplate implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private TicketCategory category;

  @Column(name = "owner_path")
  private String ownerPath;

  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "ticket_template_step", joinColumns = @JoinColumn(name = "template_id"))
  @OrderColumn(name = "position")
  private List<TemplateStep> steps = new ArrayList<>();

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected TicketTemplate() {}

  public TicketTemplate(TicketCategory category, String vendorPath) {
    this.category = category;
    this.ownerPath = vendorPath;
  }

  /** Replaces the name and the steps, in their order. */
  public void revise(String newName, List<TemplateStep> newSteps, String by, Instant now) {
    if (newSteps.isEmpty()) {
      throw new IllegalArgumentException("A template has at least one step");
    }
    name = newName;
    steps.clear();
    steps.addAll(newSteps);
    updatedBy = by;
    updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public TicketCategory category() {
    return category;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public String name() {
    return name;
  }

  public List<TemplateStep> steps() {
    return List.copyOf(steps);
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
