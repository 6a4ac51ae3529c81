/**
 * Tickets: customer-service work on a customer's behalf, opened by hand (agents, partners,
 * customers), by integrations through the API, or automatically by other features (deduplicated by
 * a fingerprint). Each ticket has a state machine ({@code NEW → OPEN → WAITING_ON_CUSTOMER →
 * RESOLVED → CLOSED}, reopen within a window), an ordered plan of actions and a timeline of
 * comments, work done and changes. Vendor staff see everything; partners and customers see their
 * subtree's tickets without internal entries.
 */
package com.collector.portal.tickets;
