package com.collector.portal.web.problems;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource: its refusals speak the caller's language, worded by the feature's bundle (the base
 * name of the one its pages use); see {@link RefusalTexts}. Inherited, so a container's proxy
 * subclass keeps it.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WordedBy {

  /** Base name of the feature's resource bundle. */
  String value();
}
