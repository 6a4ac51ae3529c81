package com.collector.portal.web.installations.rest;

import com.collector.portal.configuration.boundary.CollectorConfiguration;
import com.collector.portal.configuration.boundary.CollectorConfiguration.EnrolledWithConfiguration;
import com.collector.portal.installations.boundary.Enrollment;
import com.collector.portal.installations.boundary.InstallationView;
import com.collector.portal.installations.boundary.Installations;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.web.configuration.rest.CollectorConfigResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Collector protocol's installation calls: enroll with a one-time code and get tokens with the
 * credential (both public: they are how a Collector authenticates), and read its own record. An
 * enrollment answers the configuration the Collector starts with (null when it has none yet).
 */
@RequestScoped
@Path("collector/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CollectorInstallationResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject Enrollment enrollment;
  @Inject CollectorConfiguration configuration;
  @Inject Installations installations;
  @Context HttpServletRequest request;

  @POST
  @Path("enroll")
  public Response enroll(EnrollJson body) {
    if (body == null) {
      throw new InvalidInputException("code", "is required");
    }
    EnrolledWithConfiguration enrolled =
        configuration.enroll(body.toInput(), request.getRemoteAddr());
    JsonObjectBuilder answer =
        JSON.createObjectBuilder()
            .add("installationId", enrolled.enrolled().installationId())
            .add("credential", enrolled.enrolled().credential())
            .add("reEnrolled", enrolled.enrolled().reEnrolled());
    if (enrolled.configuration() == null) {
      answer.addNull("configuration");
    } else {
      answer.add("configuration", CollectorConfigResource.body(enrolled.configuration()));
    }
    return InstallationsResource.noStore(Response.ok(), answer.build().toString());
  }

  @POST
  @Path("token")
  public Response token(InstallationCredentialJson body) {
    if (body == null) {
      throw new InvalidInputException("installationId", "is required");
    }
    return InstallationsResource.noStore(
        Response.ok(), enrollment.token(body.installationId(), body.credential()));
  }

  /** The calling installation's own record (authenticated as the installation). */
  @GET
  @Path("installation")
  public InstallationView own() {
    return installations.own();
  }
}
