package com.collector.portal.web.problems;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.NotFoundException;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** A resource deployed only by {@link ProblemMappingIT}: it fails in each way the API can. */
@Path("probe")
@Produces("application/json")
@Consumes("application/json")
public class ProbeResource {

  /** An input record like the API's *Json bodies. */
  public record EchoJson(String name, Integer count) {
    @JsonbCreator
    public EchoJson {}
  }

  @POST
  @Path("echo")
  public EchoJson echo(EchoJson input) {
    return new EchoJson(input.name(), input.count() + 1);
  }

  /** Takes any JSON object, as the configuration and alert rule resources do. */
  @POST
  @Path("object")
  public JsonObject object(JsonObject input) {
    return input;
  }

  @POST
  @Path("invalid")
  public EchoJson invalid(EchoJson input) {
    throw new InvalidInputException("name", "must not be blank");
  }

  @GET
  @Path("missing")
  public EchoJson missing() {
    throw new NotFoundException("Thing", 42);
  }

  @GET
  @Path("fault")
  public EchoJson fault() {
    throw new IllegalStateException("secret-detail");
  }
}
