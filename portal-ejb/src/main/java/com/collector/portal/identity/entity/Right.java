package com.collector.portal.identity.entity;

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
  ADMINISTER
}
