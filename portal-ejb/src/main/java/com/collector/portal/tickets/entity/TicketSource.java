package com.collector.portal.tickets.entity;

/** Who or what opened a ticket. */
public enum TicketSource {
  /** A person, on a page or through the API with their own sign-in. */
  MANUAL,
  INSTALLATION_REQUEST,
  MONITORING_ALERT,
  /** An integration acting with an API token. */
  API
}
