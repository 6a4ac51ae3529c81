package com.collector.portal.installrequests.boundary;

import com.collector.portal.tickets.boundary.PlannedActionView;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * One request with what its followers see: the answers, the timeline of its states, the plan of the
 * linked ticket (public steps only outside customer service), the appointment and who handles it.
 *
 * @param handler the ticket's assignee, else the agent who accepted the request
 */
public record RequestDetailView(
    RequestView request,
    JsonObject answers,
    List<TransitionView> timeline,
    String ticketReference,
    List<PlannedActionView> plan,
    String handler,
    Instant appointmentAt,
    String appointmentNote,
    String rejectionReason) {}
