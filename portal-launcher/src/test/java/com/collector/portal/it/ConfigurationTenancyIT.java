package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No one reads or writes another tenant's configuration: another partner, a customer beside it, a
 * Collector (even of the same customer) through people's API, and a person without the right.
 */
@ExtendWith(PortalServer.class)
class ConfigurationTenancyIT {

  private static final String DOCUMENT = "{'general':{'language':'fr'}}";

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Installing installing = new Installing(PortalServer.get(), tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @Test
  void anotherTenantGetsNotFoundEverywhere() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured = configuring.configured("cfg-owner", DOCUMENT);
    Tenants.Account owner = configured.partner();
    long customer = configured.customer();
    long id = configured.id();
    Tenants.Account stranger = tenants.partnerAdmin("cfg-stranger");
    long neighbour = tenants.organization(owner.organizationId(), "neighbour", owner.token());
    Tenants.Account beside = tenants.user(neighbour, "CUSTOMER_ADMIN", owner.token());

    for (String token : List.of(stranger.token(), beside.token())) {
      for (Api.Reply reply : everyCall(id, token)) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(404);
      }
      Api.Reply defaults =
          api.send(
              "PUT",
              "/api/v1/organizations/" + customer + "/configuration-defaults",
              "{\"document\":{}}",
              token);
      assertThat(defaults.status()).as(defaults.body()).isEqualTo(404);
      assertThat(
              api.get("/api/v1/organizations/" + customer + "/configuration-defaults", token)
                  .status())
          .isEqualTo(404);
    }
    assertThat(configuring.current(id, owner.token()).getInt("revision")).isEqualTo(1);
  }

  @Test
  void aCollectorReachesOnlyItsOwnConfigurationAndAViewerChangesNothing() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured = configuring.configured("cfg-own", DOCUMENT);
    Tenants.Account owner = configured.partner();
    long customer = configured.customer();
    long id = configured.id();
    JsonObject sibling =
        installing.enrolled(installing.created(customer, owner.token()).getString("code"));
    String siblingToken =
        installing
            .token(
                sibling.getJsonNumber("installationId").longValue(),
                sibling.getString("credential"))
            .json()
            .getString("accessToken");

    for (Api.Reply reply : everyCall(id, siblingToken)) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    }
    Api.Reply own = configuring.pull(null, siblingToken);
    assertThat(own.json().getInt("revision")).isZero();
    assertThat(own.body()).doesNotContain("fr");
    Api.Reply asPerson = configuring.pull(null, owner.token());
    assertThat(asPerson.status()).as(asPerson.body()).isEqualTo(403);

    Tenants.Account viewer = tenants.user(customer, "CUSTOMER_USER", owner.token());
    assertThat(configuring.current(id, viewer.token()).getInt("revision")).isEqualTo(1);
    Api.Reply refused = configuring.edit(id, 1, "{}", viewer.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(configuring.current(id, owner.token()).getInt("revision")).isEqualTo(1);
  }

  private List<Api.Reply> everyCall(long id, String token) {
    String base = Configuring.of(id);
    return List.of(
        api.get(base, token),
        configuring.edit(id, 1, DOCUMENT.replace("fr", "nl"), token),
        api.get(base + "/revisions", token),
        api.get(base + "/revisions/1", token),
        api.get(base + "/diff?from=0&to=1", token),
        api.get(base + "/conflicts", token),
        api.post(base + "/revert", "{\"revision\":1}", token),
        api.post(base + "/conflicts/1/resolution", "{\"resolution\":\"KEPT\"}", token));
  }
}
