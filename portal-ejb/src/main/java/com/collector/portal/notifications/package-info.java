/**
 * Notifications: mails the portal sends, kept in an outbox and sent through SMTP when configured.
 */
package com.collector.portal.notifications;
