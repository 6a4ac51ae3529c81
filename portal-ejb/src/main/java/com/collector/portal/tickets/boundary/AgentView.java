package com.collector.portal.tickets.boundary;

import com.collector.portal.identity.entity.UserAccount;

/** An agent of customer service a ticket can be handed to. */
public record AgentView(long id, String name, String email) {

  static AgentView of(UserAccount user) {
    return new AgentView(user.id(), user.displayName(), user.email());
  }
}
