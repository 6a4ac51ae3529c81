package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.TicketState;
import java.util.List;
import java.util.Set;

/**
 * A ticket with its plan and timeline, as far as the reader may see them.
 *
 * @param moves the states the reader may move the ticket to now
 * @param watching whether the reader is among the watchers
 */
public record TicketDetailView(
    TicketView ticket,
    List<PlannedActionView> plan,
    List<TicketEntryView> timeline,
    Set<TicketState> moves,
    List<WatcherView> watchers,
    boolean watching,
    List<AttachmentView> attachments,
    List<RelatedTicketView> related) {}
