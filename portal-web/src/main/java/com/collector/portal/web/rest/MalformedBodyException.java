package com.collector.portal.web.rest;

import com.collector.portal.platform.boundary.InvalidInputException;

/**
 * A body the API cannot read as the object a call takes. Its problem type stays {@code
 * malformed-body}, as clients knew it, and it names the field {@code body}.
 */
public class MalformedBodyException extends InvalidInputException {

  public MalformedBodyException(String message) {
    super("body", message);
  }

  @Override
  public String type() {
    return "malformed-body";
  }
}
