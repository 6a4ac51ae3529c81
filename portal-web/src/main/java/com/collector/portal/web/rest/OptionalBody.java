package com.collector.portal.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method's body parameter: an empty body is no mistake and reaches the method as null
 * (e.g. closing an installation request without a note). Without it {@link JsonBodyReader} refuses
 * an empty body.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface OptionalBody {}
