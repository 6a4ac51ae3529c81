package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * Builds organizations and users through the public API, each with unique names so test classes
 * never share mutable state.
 */
public final class Tenants {

  public static final String PASSWORD = "Sufficiently-long-passw0rd";

  private static String vendorAdminToken;
  private static long vendorAdminTokenAt;

  /** Shorter than an access token lives (10 minutes), so the run's shared token never expires. */
  private static final long TOKEN_REUSE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(5);

  private final PortalServer server;
  private final Api api;

  public Tenants(PortalServer server) {
    this.server = server;
    this.api = new Api(server);
  }

  public Api api() {
    return api;
  }

  /** A user with credentials and a current access token. */
  public record Account(
      long id, String email, String password, long organizationId, String token) {}

  /** The bootstrap vendor admin, whose initial password is changed once per run. */
  public synchronized String vendorAdmin() {
    if (vendorAdminToken == null) {
      Api.Reply changed =
          api.post(
              "/api/v1/auth/password",
              "{\"email\":\"%s\",\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}"
                  .formatted(PortalServer.ADMIN_EMAIL, server.initialAdminPassword(), PASSWORD),
              null);
      assertThat(changed.status()).as(changed.body()).isIn(204);
      vendorAdminToken = token(PortalServer.ADMIN_EMAIL, PASSWORD);
      vendorAdminTokenAt = System.nanoTime();
    } else if (System.nanoTime() - vendorAdminTokenAt > TOKEN_REUSE_NANOS) {
      vendorAdminToken = token(PortalServer.ADMIN_EMAIL, PASSWORD);
      vendorAdminTokenAt = System.nanoTime();
    }
    return vendorAdminToken;
  }

  /**
   * Signs in through the token endpoint, sending an authenticator code when the account has one and
   * setting one up first where the account's organization requires it (vendor staff).
   */
  public String token(String email, String password) {
    Api.Reply reply = api.post("/api/v1/auth/token", credentials(email, password), null);
    if (reply.status() == 403 && reply.body().contains("second-factor-enrolment-required")) {
      enrolAuthenticator(email, password);
      reply = api.post("/api/v1/auth/token", credentials(email, password), null);
    }
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getString("accessToken");
  }

  /** Token request body, with the next authenticator code when the test knows the seed. */
  public static String credentials(String email, String password) {
    String otp =
        Authenticators.knows(email) ? ",\"otp\":\"" + Authenticators.nextCode(email) + "\"" : "";
    return "{\"email\":%s,\"password\":%s%s}".formatted(Api.quote(email), Api.quote(password), otp);
  }

  /** Sets up an authenticator with e-mail and password; returns the recovery codes. */
  public JsonObject enrolAuthenticator(String email, String password) {
    return enrolAuthenticator(api, email, password);
  }

  /** The same on the portal {@code api} talks to (a test's own portal). */
  static JsonObject enrolAuthenticator(Api api, String email, String password) {
    String proof = "{\"email\":%s,\"password\":%s".formatted(Api.quote(email), Api.quote(password));
    Api.Reply setup = api.post("/api/v1/auth/second-factor/enrolment", proof + "}", null);
    assertThat(setup.status()).as(setup.body()).isEqualTo(200);
    Authenticators.remember(email, setup.json().getString("secret"));
    Api.Reply confirmed =
        api.post(
            "/api/v1/auth/second-factor/enrolment/confirmation",
            proof + ",\"code\":\"" + Authenticators.nextCode(email) + "\"}",
            null);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    return confirmed.json();
  }

  public long partner(String prefix) {
    return organization(vendorOrganizationId(), prefix, vendorAdmin());
  }

  public long vendorOrganizationId() {
    return api.get("/api/v1/me", vendorAdmin())
        .json()
        .getJsonObject("user")
        .getJsonNumber("organizationId")
        .longValue();
  }

  /** Creates an organization under {@code parentId} as the holder of {@code token}. */
  public long organization(long parentId, String prefix, String token) {
    Api.Reply reply =
        api.post(
            "/api/v1/organizations",
            "{\"parentId\":%d,\"name\":%s}".formatted(parentId, Api.quote(unique(prefix))),
            token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  /** The name of {@code organization}, as {@code reader} reads it. */
  public String name(long organization, Account reader) {
    Api.Reply reply = api.get("/api/v1/organizations/" + organization, reader.token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getString("name");
  }

  /** Creates a user with one role and signs them in (changing the initial password first). */
  public Account user(long organizationId, String role, String managerToken) {
    String email = unique("user").toLowerCase() + "@example.test";
    String initial = "Initial-" + UUID.randomUUID();
    Api.Reply created =
        api.post(
            "/api/v1/users",
            ("{\"organizationId\":%d,\"email\":%s,\"displayName\":\"Test User\",\"language\":\"en\","
                    + "\"roles\":[\"%s\"],\"initialPassword\":%s}")
                .formatted(organizationId, Api.quote(email), role, Api.quote(initial)),
            managerToken);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject user = created.json();
    Api.Reply changed =
        api.post(
            "/api/v1/auth/password",
            "{\"email\":%s,\"currentPassword\":%s,\"newPassword\":%s}"
                .formatted(Api.quote(email), Api.quote(initial), Api.quote(PASSWORD)),
            null);
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    return new Account(
        user.getJsonNumber("id").longValue(),
        email,
        PASSWORD,
        organizationId,
        token(email, PASSWORD));
  }

  /** A partner with its admin. */
  public Account partnerAdmin(String prefix) {
    return user(partner(prefix), "PARTNER_ADMIN", vendorAdmin());
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
