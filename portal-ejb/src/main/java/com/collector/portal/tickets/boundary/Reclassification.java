package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;

/** A new priority and category of a ticket; a null one stays as it is. */
public record Reclassification(TicketPriority priority, TicketCategory category) {}
