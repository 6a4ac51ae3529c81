package com.collector.portal.distribution.entity;

/** What a product is: the Collector application itself (ClickOnce) or a plugin of it. */
public enum ProductKind {
  /** The Collector application; versions are four-part ClickOnce versions. */
  APP,
  /** A plugin; versions are semantic versions and its packages carry a manifest. */
  PLUGIN
}
