package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.identity.boundary.PasswordResets;
import com.collector.portal.identity.boundary.Tokens;
import com.collector.portal.identity.boundary.TwoStepVerification;
import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Token issue, rotation and revocation, and the first-sign-in password change for API clients. */
@RequestScoped
@Path("v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  /**
   * E-mail and password, the authenticator (or a recovery) code of accounts that use one, and for a
   * Collector the customer it belongs to.
   */
  public record CredentialsJson(String email, String password, String otp, Long customerId) {
    @JsonbCreator
    public CredentialsJson {}
  }

  public record RefreshJson(String refreshToken) {
    @JsonbCreator
    public RefreshJson {}
  }

  public record PasswordChangeJson(
      String email, String currentPassword, String otp, String newPassword) {
    @JsonbCreator
    public PasswordChangeJson {}
  }

  /** E-mail, password and the first code of the new authenticator. */
  public record EnrolmentJson(String email, String password, String code) {
    @JsonbCreator
    public EnrolmentJson {}
  }

  public record ResetRequestJson(String email) {
    @JsonbCreator
    public ResetRequestJson {}
  }

  public record ResetJson(String token, String password) {
    @JsonbCreator
    public ResetJson {}
  }

  @Inject PasswordResets resets;
  @Inject TwoStepVerification twoStep;
  @Inject Tokens tokens;
  @Inject Account account;
  @Context HttpServletRequest request;

  @POST
  @Path("token")
  public Response token(CredentialsJson credentials) {
    required(credentials, "email");
    return noStore(
        tokens.withPassword(
            credentials.email(),
            credentials.password(),
            credentials.otp(),
            credentials.customerId(),
            origin()));
  }

  @POST
  @Path("refresh")
  public Response refresh(RefreshJson body) {
    required(body, "refreshToken");
    return noStore(tokens.refresh(body.refreshToken()));
  }

  @POST
  @Path("revoke")
  public Response revoke(RefreshJson body) {
    required(body, "refreshToken");
    tokens.revoke(body.refreshToken());
    return Response.noContent().build();
  }

  @POST
  @Path("password")
  public Response changePassword(PasswordChangeJson body) {
    required(body, "email");
    account.changePasswordWithCredentials(
        body.email(), body.currentPassword(), body.otp(), body.newPassword(), origin());
    return Response.noContent().build();
  }

  /**
   * Sets up two-step sign-in for an API client whose account must have it before a token is issued
   * (or that wants it): the e-mail and password prove the caller.
   */
  @POST
  @Path("second-factor/enrolment")
  public Response beginEnrolment(EnrolmentJson body) {
    required(body, "email");
    return noStore(twoStep.beginWithCredentials(body.email(), body.password(), origin()));
  }

  @POST
  @Path("second-factor/enrolment/confirmation")
  public Response confirmEnrolment(EnrolmentJson body) {
    required(body, "email");
    return noStore(
        new TwoStepResource.RecoveryCodesJson(
            twoStep.confirmWithCredentials(body.email(), body.password(), body.code(), origin())));
  }

  /** Always 202, whether or not the e-mail has an account: nothing to enumerate. */
  @POST
  @Path("password-reset")
  public Response requestReset(ResetRequestJson body) {
    required(body, "email");
    resets.request(body.email(), origin());
    return Response.accepted().build();
  }

  @POST
  @Path("password-reset/confirm")
  public Response reset(ResetJson body) {
    required(body, "token");
    resets.reset(body.token(), body.password());
    return Response.noContent().build();
  }

  private static void required(Object body, String field) {
    if (body == null) {
      throw new InvalidInputException(field, "is required");
    }
  }

  private String origin() {
    return request.getRemoteAddr();
  }

  /** Secrets in answers must not be kept by caches. */
  static Response noStore(Object entity) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(entity).cacheControl(noStore).build();
  }
}
