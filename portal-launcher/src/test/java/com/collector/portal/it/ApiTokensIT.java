package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tokens for automation act as their creator with only the rights they were given. */
@ExtendWith(PortalServer.class)
class ApiTokensIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();

  @Test
  void aTokenCarriesOnlyItsRightsIsShownOnceAndRecordsItsUse() {
    Tenants.Account admin = tenants.partnerAdmin("token-rights");
    Api.Reply created =
        api.post(
            "/api/v1/api-tokens",
            "{\"name\":\"pipeline\",\"rights\":[\"VIEW\"],\"days\":30}",
            admin.token());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String secret = created.json().getString("secret");

    assertThat(secret).startsWith("cpat_");
    assertThat(api.get("/api/v1/organizations", secret).status()).isEqualTo(200);
    assertThat(
            api.post(
                    "/api/v1/organizations",
                    "{\"parentId\":%d,\"name\":\"Via token\"}".formatted(admin.organizationId()),
                    secret)
                .status())
        .as("ADMINISTER was not given to the token")
        .isEqualTo(403);

    Api.Reply listed = api.get("/api/v1/api-tokens", admin.token());
    assertThat(listed.body())
        .contains("pipeline")
        .contains("lastUsedAt")
        .doesNotContain(secret)
        .doesNotContain("cpat_");
  }

  @Test
  void aTokenCannotCarryARightItsCreatorLacks() {
    Tenants.Account admin = tenants.partnerAdmin("token-escalate");

    Api.Reply refused =
        api.post(
            "/api/v1/api-tokens",
            "{\"name\":\"release\",\"rights\":[\"PUBLISH_RELEASES\"]}",
            admin.token());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
  }

  @Test
  void badInputNamesTheField() {
    Tenants.Account admin = tenants.partnerAdmin("token-input");

    Api.Reply noName =
        api.post("/api/v1/api-tokens", "{\"name\":\" \",\"rights\":[\"VIEW\"]}", admin.token());
    Api.Reply noRights =
        api.post("/api/v1/api-tokens", "{\"name\":\"x\",\"rights\":[]}", admin.token());
    Api.Reply tooLong =
        api.post(
            "/api/v1/api-tokens",
            "{\"name\":\"x\",\"rights\":[\"VIEW\"],\"days\":400}",
            admin.token());
    Api.Reply unknownRight =
        api.post("/api/v1/api-tokens", "{\"name\":\"x\",\"rights\":[\"FLY\"]}", admin.token());

    assertThat(noName.problemFields()).isEqualTo("name");
    assertThat(noRights.problemFields()).isEqualTo("rights");
    assertThat(tooLong.problemFields()).isEqualTo("days");
    assertThat(unknownRight.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/api-tokens", admin.token()).body()).isEqualTo("[]");
  }

  @Test
  void revokedTokensAndTokensOfDisabledUsersStopWorking() {
    Tenants.Account admin = tenants.partnerAdmin("token-revoke");
    Tenants.Account user = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    JsonObject first =
        api.post("/api/v1/api-tokens", "{\"name\":\"a\",\"rights\":[\"VIEW\"]}", admin.token())
            .json();
    String userSecret =
        api.post("/api/v1/api-tokens", "{\"name\":\"b\",\"rights\":[\"VIEW\"]}", user.token())
            .json()
            .getString("secret");

    long id = first.getJsonObject("token").getJsonNumber("id").longValue();
    assertThat(api.delete("/api/v1/api-tokens/" + id, admin.token()).status()).isEqualTo(204);
    Api.Reply revoked = api.get("/api/v1/organizations", first.getString("secret"));
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.isProblem()).isTrue();

    assertThat(api.get("/api/v1/me", userSecret).status()).isEqualTo(200);
    api.post("/api/v1/users/" + user.id() + "/disable", null, admin.token());
    assertThat(api.get("/api/v1/me", userSecret).status()).isEqualTo(401);
  }

  @Test
  void anotherTenantCannotRevokeOrSeeTokens() {
    Tenants.Account a = tenants.partnerAdmin("token-a");
    Tenants.Account b = tenants.partnerAdmin("token-b");
    JsonObject created =
        api.post("/api/v1/api-tokens", "{\"name\":\"mine\",\"rights\":[\"VIEW\"]}", a.token())
            .json();
    long id = created.getJsonObject("token").getJsonNumber("id").longValue();

    assertThat(api.delete("/api/v1/api-tokens/" + id, b.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/api-tokens", b.token()).body()).doesNotContain("mine");
    assertThat(api.get("/api/v1/organizations?limit=200", created.getString("secret")).body())
        .doesNotContain("token-b");
    assertThat(api.get("/api/v1/organizations", created.getString("secret")).status())
        .as("still valid")
        .isEqualTo(200);
  }
}
