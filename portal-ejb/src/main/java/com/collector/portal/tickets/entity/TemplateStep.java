package com.collector.portal.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a plan template. */
@Embeddable
public class TemplateStep {

  @Column(name = "description")
  private String description;

  @Column(name = "internal")
  private boolean internal;

  protected TemplateStep() {}

  public TemplateStep(String description, boolean internal) {
    this.description = description;
    this.internal = internal;
  }

  public String description() {
    return description;
  }

  public boolean internal() {
    return internal;
  }
}
