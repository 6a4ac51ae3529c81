/**
 * Installations: one Collector on one machine, owned by a customer. Managers create one and get a
 * one-time enrollment code; the Collector enrolls with it ({@code PENDING → ACTIVE}) and gets a
 * credential it trades for short-lived access tokens acting on its customer with the Collector's
 * rights; a reinstall enrolls again with a new code (the old credential stops working); retiring
 * ends it. Creating one counts against the customer's {@code maxInstallations}.
 */
package com.collector.portal.installations;
