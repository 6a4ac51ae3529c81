package com.collector.portal.tickets.entity;

/** What a ticket is about, as its opener describes it. */
public record TicketDetails(
    String subject, String description, TicketCategory category, TicketPriority priority) {}
