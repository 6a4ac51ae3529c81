package com.collector.portal.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under /api; authentication is the portal's mechanism (bearer tokens). */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Collector Portal API", version = "1"))
public class PortalApi extends Application {}
