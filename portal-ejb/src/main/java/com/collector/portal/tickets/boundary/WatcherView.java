package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.TicketWatcher;

/** Someone mailed about a ticket's updates. */
public record WatcherView(long userId, String name, String email) {

  static WatcherView of(TicketWatcher watcher) {
    return new WatcherView(
        watcher.user().id(), watcher.user().displayName(), watcher.user().email());
  }
}
