package com.collector.portal.web.configuration.rest;

import com.collector.portal.configuration.control.ConfigurationSchema;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /api/v1/configuration-schema}: the JSON Schema every configuration document follows,
 * for editors and integrations; its {@code writeOnly} properties are the secrets.
 */
@RequestScoped
@Path("v1/configuration-schema")
public class ConfigurationSchemaResource {

  private static final JsonObject SCHEMA = ConfigurationSchema.standard().schema();

  @GET
  @Produces({"application/schema+json", "application/json"})
  public JsonObject schema() {
    return SCHEMA;
  }
}
