/**
 * Installation requests: a partner's (or customer service's) wizard answers for one customer —
 * customer, environment and source systems, extraction needs, plan, appointment — kept as drafts
 * until submitted; a submission creates the customer and its subscription when needed, a pending
 * installation with its initial configuration (revision 1, from the answers) and an automatic
 * installation ticket with the standard plan. Customer service accepts, schedules and installs; the
 * request is installed by itself when the Collector runs that configuration.
 */
package com.collector.portal.installrequests;
