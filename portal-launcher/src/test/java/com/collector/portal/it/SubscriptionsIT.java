package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The plan catalog, the subscription lifecycle through the API, refusals and tenancy. */
@ExtendWith(PortalServer.class)
class SubscriptionsIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();

  @Test
  void aPartnerOrdersATrialThatTheCustomerManages() {
    long plan = plan(14, null);
    Tenants.Account partner = tenants.partnerAdmin("sub-partner");
    long customer = tenants.organization(partner.organizationId(), "sub-customer", partner.token());
    Tenants.Account customerAdmin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());

    Api.Reply ordered = order(customer, plan, partner.token());
    assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
    JsonObject subscription = ordered.json();
    long id = subscription.getJsonNumber("id").longValue();
    assertThat(subscription.getString("state")).isEqualTo("TRIAL");
    assertThat(subscription.getInt("planVersion")).isEqualTo(1);
    assertThat(subscription.getJsonObject("entitlements").getBoolean("scheduledExtractions"))
        .isTrue();
    String path = "/api/v1/subscriptions/" + id;

    assertThat(state(api.post(path + "/cancellation", null, customerAdmin.token())))
        .isEqualTo("CANCELLED");
    assertThat(state(api.delete(path + "/cancellation", customerAdmin.token()))).isEqualTo("TRIAL");
    // Cancelling switched auto-renewal off; undoing the cancellation leaves it off.
    assertThat(api.get(path, customerAdmin.token()).json().getBoolean("autoRenew")).isFalse();
    assertThat(
            api.post(path + "/auto-renewal", null, customerAdmin.token())
                .json()
                .getBoolean("autoRenew"))
        .isTrue();

    JsonObject read = api.get(path, partner.token()).json();
    assertThat(
            read.getJsonArray("history").stream()
                .map(e -> e.asJsonObject().getString("type"))
                .toList())
        .containsExactly("ORDERED", "CANCELLED", "CANCELLATION_UNDONE", "AUTO_RENEW_ON");

    JsonObject listed =
        api.get("/api/v1/subscriptions?state=TRIAL&dueWithinDays=15", partner.token()).json();
    assertThat(listed.getInt("total")).isEqualTo(1);
    assertThat(
            api.get("/api/v1/subscriptions?dueWithinDays=1", partner.token())
                .json()
                .getInt("total"))
        .isZero();
  }

  @Test
  void renewalMovesToTheCurrentPlanVersionAndOnlyTheVendorTerminates() {
    long plan = plan(14, null);
    Tenants.Account partner = tenants.partnerAdmin("sub-renewal");
    long customer = tenants.organization(partner.organizationId(), "renewed", partner.token());
    Tenants.Account customerAdmin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    String path =
        "/api/v1/subscriptions/"
            + order(customer, plan, partner.token()).json().getJsonNumber("id").longValue();

    // A new catalog version: the running subscription keeps its version until it renews.
    Api.Reply published =
        api.post(
            "/api/v1/plans/" + plan + "/versions",
            "{\"term\":\"YEARLY\",\"maxUsers\":50,\"apiAccess\":true}",
            tenants.vendorAdmin());
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(published.json().getInt("version")).isEqualTo(2);
    assertThat(api.get(path, customerAdmin.token()).json().getInt("planVersion")).isEqualTo(1);

    JsonObject renewed = api.post(path + "/renewal", null, customerAdmin.token()).json();
    assertThat(renewed.getString("state")).isEqualTo("ACTIVE");
    assertThat(renewed.getInt("planVersion")).isEqualTo(2);
    assertThat(renewed.getJsonObject("entitlements").getBoolean("apiAccess")).isTrue();

    Api.Reply again = api.post(path + "/renewal", null, customerAdmin.token());
    assertThat(state(again)).isEqualTo("ACTIVE");
    assertRefused(api.post(path + "/renewal", null, customerAdmin.token()), 409, "state");

    Api.Reply byPartner = api.post(path + "/termination", null, partner.token());
    assertThat(byPartner.status()).as(byPartner.body()).isEqualTo(403);
    assertThat(state(api.post(path + "/termination", null, tenants.vendorAdmin())))
        .isEqualTo("TERMINATED");
    Api.Reply afterEnd = api.post(path + "/renewal", null, customerAdmin.token());
    assertThat(afterEnd.status()).as(afterEnd.body()).isEqualTo(409);
    // Ended: the customer may subscribe again.
    assertThat(order(customer, plan, partner.token()).status()).isEqualTo(201);
  }

  @Test
  void anUpgradeAppliesAtOnceAndADowngradeIsPreviewedAndScheduled() {
    long small = plan(null, 1);
    long large = plan(null, null);
    Tenants.Account partner = tenants.partnerAdmin("sub-change");
    long customer = tenants.organization(partner.organizationId(), "changer", partner.token());
    tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    String path =
        "/api/v1/subscriptions/"
            + order(customer, large, partner.token()).json().getJsonNumber("id").longValue();

    assertRefused(
        api.post(path + "/plan-change", "{\"planId\":%d}".formatted(large), partner.token()),
        400,
        "planId");
    assertRefused(api.get(path + "/plan-change?planId=999999999", partner.token()), 400, "planId");
    tenants.user(customer, "CUSTOMER_USER", partner.token());
    JsonObject preview = api.get(path + "/plan-change?planId=" + small, partner.token()).json();
    assertThat(preview.getBoolean("immediate")).isFalse();
    assertThat(preview.getJsonArray("limitChanges").getJsonObject(0).getString("limit"))
        .isEqualTo("maxUsers");
    JsonObject excess = preview.getJsonArray("exceeding").getJsonObject(0);
    assertThat(excess.getString("limit")).isEqualTo("maxUsers");
    assertThat(excess.getInt("inUse")).isEqualTo(2);
    assertThat(excess.getInt("allowed")).isEqualTo(1);

    JsonObject scheduled =
        api.post(path + "/plan-change", "{\"planId\":%d}".formatted(small), partner.token()).json();
    assertThat(scheduled.getJsonNumber("planId").longValue()).isEqualTo(large);
    assertThat(scheduled.getString("scheduledPlanCode")).startsWith("plan-");
    JsonObject withdrawn = api.delete(path + "/plan-change", partner.token()).json();
    assertThat(withdrawn.containsKey("scheduledPlanCode")).isFalse();
  }

  @Test
  void badOrdersAndCatalogChangesAreRefusedNamingTheField() {
    long plan = plan(null, null);
    Tenants.Account partner = tenants.partnerAdmin("sub-refusals");
    long customer = tenants.organization(partner.organizationId(), "refused", partner.token());
    Tenants.Account customerAdmin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());

    assertRefused(order(customer, 999_999_999L, partner.token()), 400, "planId");
    assertRefused(
        api.post("/api/v1/subscriptions", "{\"planId\":%d}".formatted(plan), partner.token()),
        400,
        "customerId");
    assertRefused(order(partner.organizationId(), plan, partner.token()), 400, "customerId");
    assertThat(order(customer, plan, customerAdmin.token()).status()).isEqualTo(403);
    assertThat(order(customer, plan, partner.token()).status()).isEqualTo(201);
    assertRefused(order(customer, plan, partner.token()), 409, "customerId");

    Api.Reply byPartner =
        api.post(
            "/api/v1/plans",
            planJson(Tenants.unique("rogue").toLowerCase(), null, null),
            partner.token());
    assertThat(byPartner.status()).as(byPartner.body()).isEqualTo(403);
    String code = Tenants.unique("dup").toLowerCase();
    assertThat(
            api.post("/api/v1/plans", planJson(code, null, null), tenants.vendorAdmin()).status())
        .isEqualTo(201);
    assertRefused(
        api.post("/api/v1/plans", planJson(code, null, null), tenants.vendorAdmin()), 409, "code");
    assertRefused(
        api.post(
            "/api/v1/plans/" + plan + "/versions", "{\"term\":\"WEEKLY\"}", tenants.vendorAdmin()),
        400,
        "term");
    assertRefused(
        api.post(
            "/api/v1/plans/" + plan + "/versions",
            "{\"term\":\"MONTHLY\",\"maxUsers\":-1}",
            tenants.vendorAdmin()),
        400,
        "maxUsers");
    assertRefused(
        api.get("/api/v1/subscriptions?dueWithinDays=x", partner.token()), 400, "dueWithinDays");
    assertRefused(api.get("/api/v1/subscriptions?state=LOST", partner.token()), 400, "state");
    // Everyone who may view reads the catalog.
    assertThat(api.get("/api/v1/plans", customerAdmin.token()).body()).contains("\"id\":" + plan);
  }

  @Test
  void tenantsNeitherSeeNorChangeOtherTenantsSubscriptions() {
    long plan = plan(null, null);
    Tenants.Account a = tenants.partnerAdmin("sub-a");
    Tenants.Account b = tenants.partnerAdmin("sub-b");
    long customerOfB = tenants.organization(b.organizationId(), "sub-of-b", b.token());
    long sibling = tenants.organization(b.organizationId(), "sub-sibling", b.token());
    long id = order(customerOfB, plan, b.token()).json().getJsonNumber("id").longValue();
    String path = "/api/v1/subscriptions/" + id;
    Tenants.Account siblingAdmin = tenants.user(sibling, "CUSTOMER_ADMIN", b.token());
    Tenants.Account reader = tenants.user(customerOfB, "CUSTOMER_USER", b.token());

    assertThat(api.get(path, a.token()).status()).isEqualTo(404);
    assertThat(api.post(path + "/cancellation", null, a.token()).status()).isEqualTo(404);
    assertThat(api.post(path + "/renewal", null, a.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/subscriptions", a.token()).json().getInt("total")).isZero();
    assertThat(order(sibling, plan, a.token()).status()).isEqualTo(404);

    assertThat(api.get(path, siblingAdmin.token()).status()).isEqualTo(404);
    assertThat(
            api.get("/api/v1/subscriptions/entitlements?customerId=" + customerOfB, a.token())
                .status())
        .isEqualTo(404);
    JsonObject own = api.get("/api/v1/subscriptions/entitlements", siblingAdmin.token()).json();
    assertThat(own.getBoolean("governed")).as("never subscribed: not restricted yet").isFalse();
    assertThat(api.post(path + "/cancellation", null, siblingAdmin.token()).status())
        .isEqualTo(404);

    assertThat(api.get(path, reader.token()).status()).isEqualTo(200);
    Api.Reply refused = api.post(path + "/cancellation", null, reader.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(state(api.get(path, b.token()))).isEqualTo("ACTIVE");
  }

  @Test
  void twoUsersRacingForTheLastSeatLeaveExactlyOneCreated() throws Exception {
    long plan = plan(null, 2);
    Tenants.Account partner = tenants.partnerAdmin("sub-seats");
    long customer = tenants.organization(partner.organizationId(), "seats", partner.token());
    tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    assertThat(order(customer, plan, partner.token()).status()).isEqualTo(201);

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Reply>> racers =
        IntStream.range(0, 2)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          await(start);
                          return api.post("/api/v1/users", userJson(customer), partner.token());
                        }))
            .toList();
    start.countDown();
    List<Api.Reply> replies = racers.stream().map(CompletableFuture::join).toList();

    assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(201, 403);
    Api.Reply refused = replies.stream().filter(r -> r.status() == 403).findFirst().orElseThrow();
    assertThat(refused.json().getString("type")).endsWith("/entitlement-missing");
    assertThat(refused.problemFields()).isEqualTo("maxUsers");
    Api.Reply invited =
        api.post(
            "/api/v1/invitations",
            "{\"organizationId\":%d,\"email\":%s,\"language\":\"en\",\"roles\":[\"CUSTOMER_USER\"]}"
                .formatted(
                    customer, Api.quote(Tenants.unique("inv").toLowerCase() + "@example.test")),
            partner.token());
    assertThat(invited.status()).as(invited.body()).isEqualTo(403);
    assertThat(invited.problemFields()).isEqualTo("maxUsers");
    JsonObject granted =
        api.get("/api/v1/subscriptions/entitlements?customerId=" + customer, partner.token())
            .json();
    assertThat(granted.getBoolean("governed")).isTrue();
    assertThat(granted.getJsonObject("entitlements").getInt("maxUsers")).isEqualTo(2);
  }

  private long plan(Integer trialDays, Integer maxUsers) {
    Api.Reply created =
        api.post(
            "/api/v1/plans",
            planJson(Tenants.unique("plan").toLowerCase(), trialDays, maxUsers),
            tenants.vendorAdmin());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static String planJson(String code, Integer trialDays, Integer maxUsers) {
    return ("{\"code\":%s,\"nameEn\":\"Pro\",\"nameFr\":\"Pro\",\"nameNl\":\"Pro\",\"terms\":"
            + "{\"term\":\"MONTHLY\",\"trialDays\":%s,\"scheduledExtractions\":true,"
            + "\"maxUsers\":%s,\"allowedPlugins\":[\"sql-server\",\"odbc\"]}}")
        .formatted(Api.quote(code), trialDays, maxUsers);
  }

  private Api.Reply order(long customer, long plan, String token) {
    return api.post(
        "/api/v1/subscriptions",
        "{\"customerId\":%d,\"planId\":%d}".formatted(customer, plan),
        token);
  }

  private static String userJson(long organization) {
    return ("{\"organizationId\":%d,\"email\":%s,\"displayName\":\"Racer\",\"language\":\"en\","
            + "\"roles\":[\"CUSTOMER_USER\"],\"initialPassword\":\"Initial-password-for-racers-1\"}")
        .formatted(
            organization, Api.quote(Tenants.unique("racer").toLowerCase() + "@example.test"));
  }

  private static String state(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getString("state");
  }

  private static void assertRefused(Api.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.problemFields()).as(reply.body()).isEqualTo(field);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
