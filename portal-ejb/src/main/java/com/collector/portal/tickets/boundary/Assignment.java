package com.collector.portal.tickets.boundary;

import jakarta.validation.constraints.Size;

/** Who works a ticket (null: nobody) and in which team queue. */
public record Assignment(Long agentId, @Size(max = 64) String queue) {}
