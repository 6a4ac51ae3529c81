package com.collector.portal.tickets.entity;

/**
 * Who writes on a ticket.
 *
 * @param userId the person, null for an automatic source
 * @param name what the timeline shows
 * @param staff whether the author belongs to the vendor (customer service)
 */
public record Author(Long userId, String name, boolean staff) {

  /** An automatic source (monitoring, installation requests), which speaks as customer service. */
  public static Author system(String name) {
    return new Author(null, name, true);
  }
}
