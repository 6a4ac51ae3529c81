package com.collector.portal.web.layout;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link PortalExceptionHandler}. */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

  public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new PortalExceptionHandler(getWrapped().getExceptionHandler());
  }
}
