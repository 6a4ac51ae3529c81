package com.collector.portal.tickets.boundary;

/**
 * What opening a ticket led to.
 *
 * @param created false when a ticket still covering the same problem took the report
 */
public record OpenedTicket(TicketView ticket, boolean created) {}
