package com.collector.portal.web.configuration.rest;

import com.collector.portal.configuration.boundary.ConfigurationDefaultsAdmin;
import com.collector.portal.configuration.boundary.DefaultsView;
import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A partner's or customer's configuration defaults: what installations below inherit and the keys
 * they cannot override.
 */
@RequestScoped
@Path("v1/organizations/{id: [0-9]{1,18}}/configuration-defaults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConfigurationDefaultsResource {

  @Inject ConfigurationDefaultsAdmin defaults;

  @GET
  public DefaultsView get(@PathParam("id") long id) {
    return defaults.get(id);
  }

  @PUT
  public DefaultsView replace(@PathParam("id") long id, JsonObject body) {
    return defaults.replace(id, RevisionTags.document(body), locked(body));
  }

  private static Set<String> locked(JsonObject body) {
    JsonValue value = body.get("locked");
    Set<String> locked = new LinkedHashSet<>();
    if (value == null || value == JsonValue.NULL) {
      return locked;
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidInputException("locked", "must be a list of JSON Pointers");
    }
    for (JsonValue item : array) {
      if (!(item instanceof JsonString pointer)) {
        throw new InvalidInputException("locked", "must be a list of JSON Pointers");
      }
      locked.add(pointer.getString());
    }
    return locked;
  }
}
