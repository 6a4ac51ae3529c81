package com.collector.portal.web.telemetry.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.telemetry.boundary.AlertRuleAdmin;
import com.collector.portal.telemetry.control.AlertRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
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
import java.util.List;

/**
 * {@code /api/v1/alert-rules}: the monitoring rules that open tickets; {@code PUT {rule}} with any
 * of {@code enabled}, {@code threshold}, {@code priority} (vendor administrators).
 */
@RequestScoped
@Path("v1/alert-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertRulesResource {

  @Inject AlertRuleAdmin admin;

  @GET
  public List<AlertRules.Settings> list() {
    return admin.list();
  }

  @PUT
  @Path("{rule}")
  public AlertRules.Settings change(@PathParam("rule") String rule, JsonObject body) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    JsonValue enabled = body.get("enabled");
    if (enabled != null && enabled != JsonValue.TRUE && enabled != JsonValue.FALSE) {
      throw new InvalidInputException("enabled", "must be true or false");
    }
    JsonValue threshold = body.get("threshold");
    if (threshold != null && !(threshold instanceof JsonNumber n && n.isIntegral())) {
      throw new InvalidInputException("threshold", "must be a whole number");
    }
    JsonValue priority = body.get("priority");
    if (priority != null && !(priority instanceof JsonString)) {
      throw new InvalidInputException("priority", "must be URGENT, HIGH, NORMAL or LOW");
    }
    return admin.change(
        rule,
        enabled == null ? null : enabled == JsonValue.TRUE,
        threshold == null ? null : ((JsonNumber) threshold).intValue(),
        priority == null ? null : ((JsonString) priority).getString());
  }
}
