package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Collector signs its user in for the customer it belongs to: the token acts on that customer
 * only, with at most the rights a Collector uses.
 */
@ExtendWith(PortalServer.class)
class CollectorSignInIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();

  @Test
  void aCustomerUsersCollectorTokenCarriesTheirRightsForTheirCustomer() {
    Tenants.Account partner = tenants.partnerAdmin("collector-own");
    long customer = tenants.organization(partner.organizationId(), "Shop", partner.token());
    Tenants.Account clerk = tenants.user(customer, "CUSTOMER_USER", partner.token());

    Api.Reply issued = collectorToken(clerk, customer);
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    JsonObject claims = payload(issued.json().getString("accessToken"));
    assertThat(claims.getJsonNumber("customer").longValue()).isEqualTo(customer);
    assertThat(strings(claims, "groups")).containsExactlyInAnyOrder("VIEW", "RUN_EXTRACTION");

    JsonObject me = api.get("/api/v1/me", issued.json().getString("accessToken")).json();
    assertThat(strings(me, "effectiveRights")).containsExactlyInAnyOrder("RUN_EXTRACTION", "VIEW");
  }

  @Test
  void aPartnerAdminsCollectorTokenIsNarrowedToTheCustomerAndToCollectorRights() {
    Tenants.Account partner = tenants.partnerAdmin("collector-partner");
    long customer = tenants.organization(partner.organizationId(), "Shop", partner.token());
    long sibling = tenants.organization(partner.organizationId(), "Other", partner.token());

    Api.Reply issued = collectorToken(partner, customer);
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    String access = issued.json().getString("accessToken");
    assertThat(strings(payload(access), "groups"))
        .containsExactlyInAnyOrder("VIEW", "RUN_EXTRACTION", "ADJUST_SETTINGS");

    assertThat(api.get("/api/v1/organizations/" + customer, access).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/organizations/" + sibling, access).status())
        .as("another customer of the same partner")
        .isEqualTo(404);
    assertThat(api.get("/api/v1/organizations/" + partner.organizationId(), access).status())
        .as("the partner itself")
        .isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/users",
                    ("{\"organizationId\":%d,\"email\":\"x@example.test\",\"displayName\":\"X\","
                            + "\"language\":\"en\",\"roles\":[\"CUSTOMER_USER\"],"
                            + "\"initialPassword\":\"Initial-password-42\"}")
                        .formatted(customer),
                    access)
                .status())
        .as("MANAGE_USERS is not a Collector right")
        .isEqualTo(403);

    String refresh = issued.json().getString("refreshToken");
    Api.Reply refreshed =
        api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null);
    assertThat(refreshed.status()).isEqualTo(200);
    assertThat(
            payload(refreshed.json().getString("accessToken"))
                .getJsonNumber("customer")
                .longValue())
        .as("the refreshed token keeps the binding")
        .isEqualTo(customer);
  }

  @Test
  void noCollectorTokenForACustomerOutsideTheSubtreeOrForAnotherKind() {
    Tenants.Account partner = tenants.partnerAdmin("collector-outside");
    Tenants.Account stranger = tenants.partnerAdmin("collector-stranger");
    long foreign = tenants.organization(stranger.organizationId(), "Foreign", stranger.token());

    assertThat(collectorToken(partner, foreign).status()).isEqualTo(404);
    Api.Reply wrongKind = collectorToken(partner, partner.organizationId());
    assertThat(wrongKind.status()).isEqualTo(400);
    assertThat(wrongKind.problemFields()).isEqualTo("customerId");
  }

  private Api.Reply collectorToken(Tenants.Account user, long customer) {
    return api.post(
        "/api/v1/auth/token",
        "{\"email\":%s,\"password\":%s,\"customerId\":%d}"
            .formatted(Api.quote(user.email()), Api.quote(user.password()), customer),
        null);
  }

  static JsonObject payload(String jwt) {
    String json =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    return Api.parse(json).asJsonObject();
  }

  private static List<String> strings(JsonObject json, String key) {
    return json.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
