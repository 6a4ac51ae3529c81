package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.TwoStepStatus;
import com.collector.portal.identity.boundary.TwoStepVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The caller's two-step sign-in: set-up, recovery codes, turning it off. */
@RequestScoped
@Path("v1/me/two-step")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TwoStepResource {

  /** A code from the authenticator app, or a recovery code where one is accepted. */
  public record CodeJson(String code) {
    @JsonbCreator
    public CodeJson {}
  }

  /** Shown once: only their hashes are kept. */
  public record RecoveryCodesJson(List<String> recoveryCodes) {}

  @Inject TwoStepVerification twoStep;

  @GET
  public TwoStepStatus status() {
    return twoStep.status();
  }

  @POST
  @Path("authenticator")
  public Response begin() {
    return AuthResource.noStore(twoStep.begin());
  }

  @POST
  @Path("authenticator/confirmation")
  public Response confirm(CodeJson body) {
    return AuthResource.noStore(new RecoveryCodesJson(twoStep.confirm(code(body))));
  }

  @POST
  @Path("recovery-codes")
  public Response renewRecoveryCodes(CodeJson body) {
    return AuthResource.noStore(new RecoveryCodesJson(twoStep.renewRecoveryCodes(code(body))));
  }

  @POST
  @Path("disable")
  public Response disable(CodeJson body) {
    twoStep.turnOff(code(body));
    return Response.noContent().build();
  }

  static String code(CodeJson body) {
    return body == null ? null : body.code();
  }
}
