package com.collector.portal.tickets.entity;

/** How urgent a ticket is, most urgent first; SLA targets are set per priority. */
public enum TicketPriority {
  URGENT,
  HIGH,
  NORMAL,
  LOW
}
