package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PortalServer.class)
class AuthIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();

  @Test
  void tokenIsAShortLivedRs256JwtVerifiableWithThePublishedKey() throws Exception {
    Tenants.Account user = tenants.partnerAdmin("jwks");
    String[] parts = user.token().split("\\.");
    JsonObject header = decode(parts[0]);
    JsonObject claims = decode(parts[1]);

    JsonObject key =
        api.get("/.well-known/jwks.json", null).json().getJsonArray("keys").getJsonObject(0);
    PublicKey publicKey =
        KeyFactory.getInstance("RSA")
            .generatePublic(
                new RSAPublicKeySpec(unsigned(key.getString("n")), unsigned(key.getString("e"))));
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(publicKey);
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

    assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    assertThat(header.getString("alg")).isEqualTo("RS256");
    assertThat(header.getString("kid")).isEqualTo(key.getString("kid"));
    assertThat(claims.getString("iss")).isEqualTo("collector-portal");
    assertThat(claims.getString("sub")).isEqualTo(Long.toString(user.id()));
    assertThat(claims.getString("org")).matches("/\\d+/\\d+/");
    assertThat(claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString))
        .contains("MANAGE_USERS", "VIEW")
        .doesNotContain("PUBLISH_RELEASES");
    long lifetime =
        claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue();
    assertThat(lifetime).isPositive().isLessThanOrEqualTo(15 * 60);
  }

  @Test
  void wrongPasswordAndUnknownEmailAnswerAlike() {
    Tenants.Account user = tenants.partnerAdmin("wrong");
    Api.Reply wrongPassword =
        api.post("/api/v1/auth/token", credentials(user.email(), "not-the-password"), null);
    Api.Reply unknownEmail =
        api.post(
            "/api/v1/auth/token", credentials("nobody-" + user.email(), "not-the-password"), null);

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.isProblem()).isTrue();
    assertThat(unknownEmail.status()).isEqualTo(401);
    assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
  }

  @Test
  void repeatedFailuresAreThrottledForKnownAndUnknownEmailsAlike() {
    Tenants.Account user = tenants.partnerAdmin("throttle");
    String unknown = "ghost-" + user.email();
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(
              api.post("/api/v1/auth/token", credentials(user.email(), "bad-" + attempt), null)
                  .status())
          .isEqualTo(401);
      assertThat(
              api.post("/api/v1/auth/token", credentials(unknown, "bad-" + attempt), null).status())
          .isEqualTo(401);
    }

    Api.Reply known =
        api.post("/api/v1/auth/token", credentials(user.email(), user.password()), null);
    Api.Reply ghost = api.post("/api/v1/auth/token", credentials(unknown, "whatever"), null);

    assertThat(known.status()).as("even the right password waits").isEqualTo(429);
    assertThat(known.isProblem()).isTrue();
    assertThat(Long.parseLong(known.header("Retry-After"))).isBetween(1L, 30L);
    assertThat(ghost.status()).isEqualTo(429);
    assertThat(ghost.json().getString("detail")).isEqualTo(known.json().getString("detail"));
  }

  @Test
  void concurrentFailuresForANewEmailAreCountedWithoutServerErrors() throws Exception {
    String unknown = Tenants.unique("race") + "@example.test";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String password = "bad-" + i;
        replies.add(
            pool.submit(
                () ->
                    api.post("/api/v1/auth/token", credentials(unknown, password), null).status()));
      }
      for (Future<Integer> reply : replies) {
        assertThat(reply.get()).isIn(401, 429);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(api.post("/api/v1/auth/token", credentials(unknown, "bad-9"), null).status())
        .as("the failures were counted: the next attempt is throttled")
        .isEqualTo(429);
  }

  @Test
  void managersSeeTheirLockedUsersAndUnlockThem() {
    Tenants.Account admin = tenants.partnerAdmin("locked");
    Tenants.Account user = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    Tenants.Account stranger = tenants.partnerAdmin("locked-stranger");
    for (int attempt = 1; attempt <= 5; attempt++) {
      api.post("/api/v1/auth/token", credentials(user.email(), "bad-" + attempt), null);
    }
    assertThat(
            api.post("/api/v1/auth/token", credentials(user.email(), user.password()), null)
                .status())
        .isEqualTo(429);

    assertThat(api.get("/api/v1/users/locked", admin.token()).body()).contains(user.email());
    assertThat(api.get("/api/v1/users/locked", stranger.token()).body())
        .doesNotContain(user.email());
    assertThat(api.post("/api/v1/users/" + user.id() + "/unlock", null, stranger.token()).status())
        .isEqualTo(404);
    assertThat(api.post("/api/v1/users/" + user.id() + "/unlock", null, user.token()).status())
        .isEqualTo(403);

    assertThat(api.post("/api/v1/users/" + user.id() + "/unlock", null, admin.token()).status())
        .isEqualTo(204);
    assertThat(api.get("/api/v1/users/locked", admin.token()).body()).doesNotContain(user.email());
    assertThat(
            api.post("/api/v1/auth/token", credentials(user.email(), user.password()), null)
                .status())
        .isEqualTo(200);
  }

  @Test
  void refreshRotatesAndAReusedRefreshTokenRevokesTheFamily() {
    Tenants.Account user = tenants.partnerAdmin("refresh");
    JsonObject first =
        api.post("/api/v1/auth/token", credentials(user.email(), user.password()), null).json();
    String original = first.getString("refreshToken");

    Api.Reply rotated = api.post("/api/v1/auth/refresh", refresh(original), null);
    assertThat(rotated.status()).isEqualTo(200);
    String successor = rotated.json().getString("refreshToken");
    assertThat(successor).isNotEqualTo(original);
    assertThat(api.get("/api/v1/me", rotated.json().getString("accessToken")).status())
        .isEqualTo(200);

    assertThat(api.post("/api/v1/auth/refresh", refresh(original), null).status())
        .as("replay")
        .isEqualTo(401);
    assertThat(api.post("/api/v1/auth/refresh", refresh(successor), null).status())
        .as("family revoked")
        .isEqualTo(401);
  }

  @Test
  void revokedRefreshTokensNoLongerWork() {
    Tenants.Account user = tenants.partnerAdmin("revoke");
    String refresh =
        api.post("/api/v1/auth/token", credentials(user.email(), user.password()), null)
            .json()
            .getString("refreshToken");

    assertThat(api.post("/api/v1/auth/revoke", refresh(refresh), null).status()).isEqualTo(204);
    assertThat(api.post("/api/v1/auth/refresh", refresh(refresh), null).status()).isEqualTo(401);
  }

  @Test
  void aDisabledUserCannotSignInAndTheirTokenStopsWorking() {
    Tenants.Account admin = tenants.partnerAdmin("disable");
    Tenants.Account user = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());

    assertThat(api.post("/api/v1/users/" + user.id() + "/disable", null, admin.token()).status())
        .isEqualTo(200);

    assertThat(
            api.post("/api/v1/auth/token", credentials(user.email(), user.password()), null)
                .status())
        .isEqualTo(401);
    Api.Reply withOldToken = api.get("/api/v1/me", user.token());
    assertThat(withOldToken.status()).isEqualTo(401);
    assertThat(withOldToken.isProblem()).isTrue();
  }

  @Test
  void anInitialPasswordMustBeChangedBeforeATokenIsIssued() {
    Tenants.Account admin = tenants.partnerAdmin("initial");
    String email = Tenants.unique("fresh") + "@example.test";
    api.post(
        "/api/v1/users",
        ("{\"organizationId\":%d,\"email\":\"%s\",\"displayName\":\"Fresh\",\"language\":\"fr\","
                + "\"roles\":[\"PARTNER_USER\"],\"initialPassword\":\"Initial-password-42\"}")
            .formatted(admin.organizationId(), email),
        admin.token());

    Api.Reply refused =
        api.post("/api/v1/auth/token", credentials(email, "Initial-password-42"), null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("type")).endsWith("/password-change-required");

    Api.Reply weak =
        api.post(
            "/api/v1/auth/password",
            "{\"email\":\"%s\",\"currentPassword\":\"Initial-password-42\",\"newPassword\":\"short\"}"
                .formatted(email),
            null);
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.problemFields()).isEqualTo("newPassword");
    assertThat(
            api.post("/api/v1/auth/token", credentials(email, "Initial-password-42"), null)
                .status())
        .as("the weak attempt changed nothing")
        .isEqualTo(403);
  }

  @Test
  void missingGarbageAndForgedTokensAre401ProblemJson() {
    Tenants.Account user = tenants.partnerAdmin("forged");
    String[] parts = user.token().split("\\.");
    String forged =
        parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

    for (String token : new String[] {null, "garbage", forged}) {
      Api.Reply reply = api.get("/api/v1/organizations", token);
      assertThat(reply.status()).as(String.valueOf(token)).isEqualTo(401);
      assertThat(reply.isProblem()).isTrue();
      assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }
  }

  static String credentials(String email, String password) {
    return "{\"email\":%s,\"password\":%s}".formatted(Api.quote(email), Api.quote(password));
  }

  private static String refresh(String token) {
    return "{\"refreshToken\":%s}".formatted(Api.quote(token));
  }

  private static JsonObject decode(String part) {
    return Api.parse(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8))
        .asJsonObject();
  }

  private static BigInteger unsigned(String base64url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
  }
}
