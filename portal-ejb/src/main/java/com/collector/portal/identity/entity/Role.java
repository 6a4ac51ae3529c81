package com.collector.portal.identity.entity;

import static com.collector.portal.identity.entity.Right.ADJUST_SETTINGS;
import static com.collector.portal.identity.entity.Right.ADMINISTER;
import static com.collector.portal.identity.entity.Right.MANAGE_SUBSCRIPTIONS;
import static com.collector.portal.identity.entity.Right.MANAGE_USERS;
import static com.collector.portal.identity.entity.Right.PUBLISH_RELEASES;
import static com.collector.portal.identity.entity.Right.REQUEST_INSTALLATION;
import static com.collector.portal.identity.entity.Right.RUN_EXTRACTION;
import static com.collector.portal.identity.entity.Right.VIEW;
import static com.collector.portal.identity.entity.Right.WORK_TICKETS;

import com.collector.portal.tenancy.entity.OrganizationKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Fixed roles per organization kind; a user's rights are the union of their roles' rights. */
public enum Role {
  VENDOR_ADMIN(OrganizationKind.VENDOR, EnumSet.allOf(Right.class)),
  VENDOR_AGENT(
      OrganizationKind.VENDOR, EnumSet.of(VIEW, RUN_EXTRACTION, ADJUST_SETTINGS, WORK_TICKETS)),
  RELEASE_MANAGER(OrganizationKind.VENDOR, EnumSet.of(VIEW, PUBLISH_RELEASES)),
  PARTNER_ADMIN(
      OrganizationKind.PARTNER,
      EnumSet.of(
          VIEW,
          RUN_EXTRACTION,
          ADJUST_SETTINGS,
          MANAGE_USERS,
          MANAGE_SUBSCRIPTIONS,
          REQUEST_INSTALLATION,
          ADMINISTER)),
  PARTNER_USER(OrganizationKind.PARTNER, EnumSet.of(VIEW, REQUEST_INSTALLATION)),
  CUSTOMER_ADMIN(
      OrganizationKind.CUSTOMER,
      EnumSet.of(
          VIEW, RUN_EXTRACTION, ADJUST_SETTINGS, MANAGE_USERS, MANAGE_SUBSCRIPTIONS, ADMINISTER)),
  CUSTOMER_USER(OrganizationKind.CUSTOMER, EnumSet.of(VIEW, RUN_EXTRACTION));

  private final OrganizationKind kind;
  private final Set<Right> rights;

  Role(OrganizationKind kind, Set<Right> rights) {
    this.kind = kind;
    this.rights = Set.copyOf(rights);
  }

  public OrganizationKind kind() {
    return kind;
  }

  public Set<Right> rights() {
    return rights;
  }

  /** The administrator role of an organization kind, given to an organization's first user. */
  public static Role adminOf(OrganizationKind kind) {
    return switch (kind) {
      case VENDOR -> VENDOR_ADMIN;
      case PARTNER -> PARTNER_ADMIN;
      case CUSTOMER -> CUSTOMER_ADMIN;
    };
  }

  public static Set<Right> rightsOf(Collection<Role> roles) {
    Set<Right> rights = EnumSet.noneOf(Right.class);
    roles.forEach(role -> rights.addAll(role.rights));
    return rights;
  }
}
