package com.collector.portal.it;

import static com.collector.portal.it.Installing.INSTALLATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may see and manage which installations, and the plan's {@code maxInstallations}. */
@ExtendWith(PortalServer.class)
class InstallationsTenancyIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Installing installing = new Installing(PortalServer.get(), tenants);

  @Test
  void anotherPartnerCannotListReadCreateOrRetireTheInstallations() throws Exception {
    Tenants.Account partnerA = tenants.partnerAdmin("inst-a");
    long customerA = tenants.organization(partnerA.organizationId(), "shop-a", partnerA.token());
    long id = Installing.id(installing.created(customerA, partnerA.token()));
    Tenants.Account partnerB = tenants.partnerAdmin("inst-b");

    assertThat(
            api.get(INSTALLATIONS + "?customerId=" + customerA, partnerB.token())
                .json()
                .getInt("total"))
        .isZero();
    assertThat(api.get(INSTALLATIONS, partnerB.token()).json().getInt("total")).isZero();
    assertThat(api.get(INSTALLATIONS + "/" + id, partnerB.token()).status()).isEqualTo(404);
    Api.Reply created = installing.create(customerA, "intruder", partnerB.token());
    assertThat(created.status()).as(created.body()).isEqualTo(400);
    assertThat(created.problemFields()).isEqualTo("customerId");
    assertThat(api.post(INSTALLATIONS + "/" + id + "/retirement", null, partnerB.token()).status())
        .isEqualTo(404);
    assertThat(
            api.post(INSTALLATIONS + "/" + id + "/enrollment-code", null, partnerB.token())
                .status())
        .isEqualTo(404);

    assertThat(installing.count(customerA)).isEqualTo(1);
    JsonObject own = api.get(INSTALLATIONS + "/" + id, partnerA.token()).json();
    assertThat(own.getString("state")).as("still pending, not retired").isEqualTo("PENDING");
    assertThat(api.get(INSTALLATIONS, tenants.vendorAdmin()).status()).isEqualTo(200);
    assertThat(api.get(INSTALLATIONS + "/" + id, tenants.vendorAdmin()).status()).isEqualTo(200);
  }

  @Test
  void anInstallationSeesOnlyItsOwnCustomersInstallations() {
    Tenants.Account partner = tenants.partnerAdmin("inst-sib");
    long customerA = tenants.organization(partner.organizationId(), "shop-a", partner.token());
    long customerB = tenants.organization(partner.organizationId(), "shop-b", partner.token());
    long idA = Installing.id(installing.created(customerA, partner.token()));
    long idB = Installing.id(installing.created(customerB, partner.token()));
    String tokenOfA = installing.accessToken(customerA, partner.token());

    assertThat(api.get(INSTALLATIONS + "/" + idA, tokenOfA).status()).isEqualTo(200);
    assertThat(api.get(INSTALLATIONS + "/" + idB, tokenOfA).status()).isEqualTo(404);
    assertThat(api.get(INSTALLATIONS + "?customerId=" + customerB, tokenOfA).json().getInt("total"))
        .isZero();
    assertThat(api.get(INSTALLATIONS, tokenOfA).json().getInt("total")).isEqualTo(2);
    assertThat(api.post(INSTALLATIONS + "/" + idB + "/retirement", null, tokenOfA).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/organizations/" + customerB, tokenOfA).status()).isEqualTo(404);
  }

  @Test
  void onlyInstallationManagersCreate() {
    Tenants.Account partner = tenants.partnerAdmin("inst-rights");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account clerk = tenants.user(customer, "CUSTOMER_USER", partner.token());
    Tenants.Account admin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());

    Api.Reply refused = installing.create(customer, "pc", clerk.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
    assertThat(api.get(INSTALLATIONS + "?customerId=" + customer, clerk.token()).status())
        .as("but reads them")
        .isEqualTo(200);
    long id = Installing.id(installing.created(customer, admin.token()));
    assertThat(api.post(INSTALLATIONS + "/" + id + "/retirement", null, clerk.token()).status())
        .isEqualTo(403);
    assertThat(installing.create(customer, "pc", agent.token()).status())
        .as("vendor customer service")
        .isEqualTo(201);
  }

  @Test
  void twoCreationsRacingForTheLastSlotLeaveExactlyOneAndRetiredOnesDoNotCount() throws Exception {
    Api.Reply plan = api.post("/api/v1/plans", planJson(2), tenants.vendorAdmin());
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    Tenants.Account partner = tenants.partnerAdmin("inst-race");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    long subscription =
        new Subscribing(PortalServer.get(), tenants)
            .order(customer, plan.json().getJsonNumber("id").longValue(), true, partner);
    long first = Installing.id(installing.created(customer, partner.token()));

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Reply>> racers =
        IntStream.range(0, 2)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          await(start);
                          return installing.create(customer, "racer", partner.token());
                        }))
            .toList();
    start.countDown();
    List<Api.Reply> replies = racers.stream().map(CompletableFuture::join).toList();

    assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(201, 403);
    Api.Reply refused = replies.stream().filter(r -> r.status() == 403).findFirst().orElseThrow();
    assertThat(refused.json().getString("type")).endsWith("/entitlement-missing");
    assertThat(refused.problemFields()).isEqualTo("maxInstallations");
    assertThat(installing.count(customer)).isEqualTo(2);

    assertThat(
            api.post(INSTALLATIONS + "/" + first + "/retirement", null, partner.token()).status())
        .isEqualTo(200);
    assertThat(installing.create(customer, "after-retirement", partner.token()).status())
        .as("a retired installation frees its slot")
        .isEqualTo(201);
    assertThat(installing.create(customer, "one-too-many", partner.token()).status())
        .isEqualTo(403);

    Api.Reply smaller = api.post("/api/v1/plans", planJson(1), tenants.vendorAdmin());
    assertThat(smaller.status()).as(smaller.body()).isEqualTo(201);
    Api.Reply preview =
        api.get(
            "/api/v1/subscriptions/%d/plan-change?planId=%d"
                .formatted(subscription, smaller.json().getJsonNumber("id").longValue()),
            partner.token());
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    JsonObject excess = preview.json().getJsonArray("exceeding").getJsonObject(0);
    assertThat(excess.getString("limit")).isEqualTo("maxInstallations");
    assertThat(excess.getInt("inUse")).isEqualTo(2);
    assertThat(excess.getInt("allowed")).isEqualTo(1);
  }

  private static String planJson(int maxInstallations) {
    return ("{\"code\":%s,\"nameEn\":\"Small\",\"nameFr\":\"Petit\",\"nameNl\":\"Klein\","
            + "\"terms\":{\"term\":\"MONTHLY\",\"maxInstallations\":%d}}")
        .formatted(Api.quote(Tenants.unique("inst-plan").toLowerCase()), maxInstallations);
  }

  private static void await(CountDownLatch start) {
    try {
      assertThat(start.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
