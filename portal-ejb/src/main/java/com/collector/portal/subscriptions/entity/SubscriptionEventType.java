package com.collector.portal.subscriptions.entity;

/** What happened to a subscription, as its history lists it. */
public enum SubscriptionEventType {
  ORDERED,
  ACTIVATED,
  TRIAL_EXTENDED,
  RENEWED,
  CANCELLED,
  CANCELLATION_UNDONE,
  GRACE_STARTED,
  EXPIRED,
  TERMINATED,
  AUTO_RENEW_ON,
  AUTO_RENEW_OFF,
  PLAN_CHANGED,
  PLAN_CHANGE_SCHEDULED,
  PLAN_CHANGE_CANCELLED
}
