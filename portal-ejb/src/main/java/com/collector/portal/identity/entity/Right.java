package com.collector.portal.identity.entity;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do, always within their organization's subtree. */
public enum Right {
  VIEW,
  RUN_EXTRACTION,
  ADJUST_SETTINGS,
  MANAGE_USERS,
  MANAGE_SUBSCRIPTIONS,
  REQUEST_INSTALLATION,
  WORK_TICKETS,
  PUBLISH_RELEASES,
  /** Create and edit organizations of the subtree; read the audit log. */
  ADMINISTER;

  /**
   * What a user may do through a Collector: at most these of their rights, whatever else they hold
   * in the portal.
   */
  public static Set<Right> collectorRights() {
    return EnumSet.of(VIEW, RUN_EXTRACTION, ADJUST_SETTINGS);
  }
}
