package com.collector.portal.tickets.entity;

/** What kind of work a ticket asks for; plan templates are chosen by it. */
public enum TicketCategory {
  INSTALLATION,
  SUPPORT,
  INCIDENT,
  CONFIGURATION_CHANGE,
  SUBSCRIPTION
}
