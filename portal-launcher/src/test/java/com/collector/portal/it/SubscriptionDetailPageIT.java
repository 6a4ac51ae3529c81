package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The subscription page in Chromium: what it shows, the changes its state allows (cancel and undo,
 * the change-plan wizard, withdrawing a scheduled change), who sees what, and the users page
 * disabling additions a customer's plan would refuse.
 */
@ExtendWith(PortalServer.class)
class SubscriptionDetailPageIT {

  private static final String LARGE = "\"scheduledExtractions\":true,\"configSync\":true";
  private static final String SMALL = "\"scheduledExtractions\":true,\"maxUsers\":1";

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aPartnerAdminReadsTheSubscriptionThenCancelsAndUndoesOnThePage() {
    Subscribed scene = subscribed("Large", LARGE, true);
    Plan plan = scene.plan();
    Tenants.Account partner = scene.partner();
    long id = scene.id();
    JsonObject ordered = subscription(id, partner);

    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");
    browser.open("/subscription.xhtml?id=" + id).waitFor("#subscription\\:state");
    assertThat(text("#subscription\\:customer")).isEqualTo(scene.customerName());
    assertThat(text("#subscription\\:plan")).isEqualTo(plan.name() + " · Version 1");
    assertThat(text("#subscription\\:state")).isEqualTo("Active");
    assertThat(text("#explanation"))
        .isEqualTo("Active until " + day(ordered, "periodEnd") + ": then it renews automatically.");
    assertThat(text("#subscription\\:autoRenew")).startsWith("On");
    assertThat(text("#subscription\\:features"))
        .contains("Configuration sync Included")
        .contains("API access Not included");
    assertThat(text("#subscription\\:limits")).contains("Users Unlimited 0");
    assertThat(text("#subscription\\:history")).contains("Ordered");
    assertThat(browser.driver().findElements(By.id("subscription:terminate")))
        .as("only vendor staff terminate")
        .isEmpty();
    assertThat(browser.driver().findElements(By.id("subscription:undoCancellation"))).isEmpty();

    browser.click("#subscription\\:cancel").click("#subscription\\:confirmYes");
    browser.waitForText("The subscription ends at its term end.");
    assertThat(text("#subscription\\:state")).isEqualTo("Cancelled");
    assertThat(text("#explanation")).contains("ends on " + day(ordered, "periodEnd"));
    assertThat(browser.driver().findElements(By.id("subscription:cancel"))).isEmpty();
    browser.click("#subscription\\:undoCancellation");
    browser.waitForText("The cancellation has been undone.");
    assertThat(text("#subscription\\:state")).isEqualTo("Active");
    assertThat(text("#subscription\\:history\\:0\\:type")).isEqualTo("Cancellation undone");
    assertThat(text("#subscription\\:history\\:1\\:type")).isEqualTo("Cancelled at term end");

    JsonObject after = subscription(id, partner);
    assertThat(types(after)).containsExactly("ORDERED", "CANCELLED", "CANCELLATION_UNDONE");
    assertThat(after.getString("state")).isEqualTo("ACTIVE");
  }

  @Test
  void theWizardPreviewsADowngradeThatIsScheduledAndThenWithdrawn() {
    Subscribed scene = subscribed("Large", LARGE, true);
    Plan large = scene.plan();
    Plan small = plan("Small", SMALL);
    Tenants.Account partner = scene.partner();
    tenants.user(scene.customer(), "CUSTOMER_ADMIN", partner.token());
    tenants.user(scene.customer(), "CUSTOMER_USER", partner.token());
    long id = scene.id();
    String termEnd = day(subscription(id, partner), "periodEnd");

    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");
    browser.open("/subscription.xhtml?id=" + id).waitFor("#subscription\\:changePlan");
    browser.click("#subscription\\:changePlan").waitForText("Step 1 of 3: choose a plan");
    assertThat(text("#wizard\\:choose")).as("not the current plan").doesNotContain(large.name());
    browser.click("#wizard\\:next").waitForText("Choose a plan first.");
    browser
        .driver()
        .findElement(By.xpath("//label[text()='" + small.name() + " (monthly)']"))
        .click();
    browser.click("#wizard\\:next").waitForText("Step 2 of 3: what changes");

    assertThat(text("#effect"))
        .isEqualTo(
            "Applies at the term end, on " + termEnd + ": the current plan stays until then.");
    assertThat(text("#featuresLost")).isEqualTo("− Configuration sync");
    assertThat(text("#wizard\\:limitChanges")).contains("Users Unlimited 1 lowered");
    assertThat(text("#wizard\\:exceeding")).contains("Users: 2 in use, 1 allowed");
    browser.click("#wizard\\:next").waitForText("Step 3 of 3: confirm");
    assertThat(text("#changeSummary"))
        .isEqualTo(
            "Change the plan from %s to %s on %s?".formatted(large.name(), small.name(), termEnd));
    browser.click("#wizard\\:confirm");
    browser.waitForText("The plan change is scheduled for the term end.");

    assertThat(text("#subscription\\:scheduledChange"))
        .isEqualTo("Changes to " + small.name() + " on " + termEnd);
    assertThat(text("#subscription\\:plan")).startsWith(large.name());
    assertThat(subscription(id, partner).getString("scheduledPlanCode")).isEqualTo(small.code());

    browser.click("#subscription\\:cancelPlanChange").click("#subscription\\:confirmYes");
    browser.waitForText("The scheduled plan change has been cancelled.");
    assertThat(text("#subscription\\:noScheduledChange")).isEqualTo("None");
    JsonObject after = subscription(id, partner);
    assertThat(after.containsKey("scheduledPlanCode")).isFalse();
    assertThat(types(after))
        .containsExactly("ORDERED", "PLAN_CHANGE_SCHEDULED", "PLAN_CHANGE_CANCELLED");
  }

  @Test
  void aPartnerOfAnotherTenantGetsNotFound() {
    Subscribed scene = subscribed("Hidden", LARGE, true);
    long id = scene.id();
    String customerName = scene.customerName();
    Tenants.Account stranger = tenants.partnerAdmin("detail-stranger");

    browser.signIn(stranger.email(), stranger.password()).waitForText("Welcome");
    for (String query : List.of("?id=" + id, "?id=not-a-number", "")) {
      browser.open("/subscription.xhtml" + query);
      assertThat(browser.text()).as(query).contains("404").contains("Not found");
      assertThat(browser.driver().getPageSource()).doesNotContain(customerName);
      assertThat(browser.driver().findElements(By.id("subscription:details"))).isEmpty();
    }
  }

  @Test
  void vendorStaffTerminateAtOnce() {
    Subscribed scene = subscribed("Ended", LARGE, true);
    long id = scene.id();
    tenants.vendorAdmin();

    browser.signIn(PortalServer.ADMIN_EMAIL, Tenants.PASSWORD).waitForText("Welcome");
    browser.open("/subscription.xhtml?id=" + id).waitFor("#subscription\\:terminate");
    browser.click("#subscription\\:terminate").click("#subscription\\:confirmYes");
    browser.waitForText("The subscription has been terminated.");
    assertThat(text("#subscription\\:state")).isEqualTo("Terminated");
    assertThat(browser.driver().findElements(By.id("subscription:actions")))
        .as("nothing is left to change")
        .isEmpty();
    assertThat(subscription(id, scene.partner()).getString("state")).isEqualTo("TERMINATED");
  }

  @Test
  void aCustomerUserSeesTheSubscriptionButNoActionsWhileItsAdminDoes() {
    Subscribed scene = subscribed("Viewed", LARGE, true);
    Plan plan = scene.plan();
    Tenants.Account reader =
        tenants.user(scene.customer(), "CUSTOMER_USER", scene.partner().token());
    Tenants.Account admin =
        tenants.user(scene.customer(), "CUSTOMER_ADMIN", scene.partner().token());
    long id = scene.id();

    browser.signIn(reader.email(), reader.password()).waitForText("Welcome");
    browser.open("/subscription.xhtml?id=" + id).waitFor("#subscription\\:state");
    assertThat(text("#subscription\\:plan")).startsWith(plan.name());
    assertThat(text("#subscription\\:state")).isEqualTo("Active");
    assertThat(text("#subscription\\:limits")).contains("Users Unlimited 2");
    assertThat(browser.driver().findElements(By.id("subscription:actions"))).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#subscription\\:details button")))
        .isEmpty();
    browser.click("#nav\\:lang-fr").waitForText("Ce que comprend la formule");
    assertThat(browser.url()).as("the same subscription").contains("id=" + id);
    assertThat(text("#subscription\\:plan")).startsWith(plan.name() + "-fr");
    assertThat(text("#subscription\\:state")).isEqualTo("Actif");

    try (Browser manager = new Browser(server)) {
      manager.signIn(admin.email(), admin.password()).waitForText("Welcome");
      manager.open("/subscription.xhtml?id=" + id).waitFor("#subscription\\:actions");
      assertThat(manager.driver().findElements(By.id("subscription:cancel"))).hasSize(1);
      assertThat(manager.driver().findElements(By.id("subscription:changePlan"))).hasSize(1);
      assertThat(manager.driver().findElements(By.id("subscription:terminate"))).isEmpty();
    }
  }

  @Test
  void theUsersPageDisablesAddingUsersWhenTheSeatLimitIsReached() {
    Subscribed scene = subscribed("Seats", SMALL, true);
    Tenants.Account partner = scene.partner();
    long customer = scene.customer();
    Tenants.Account admin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    String customerName = scene.customerName();
    String reason =
        "No user can be added to %s: its subscription allows one user and 1 in use already"
            .formatted(customerName);

    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");
    browser.open("/users.xhtml").waitForText(admin.email());
    assertThat(browser.driver().findElement(By.id("list:invite")).isEnabled()).isFalse();
    assertThat(browser.driver().findElement(By.id("list:create")).isEnabled()).isFalse();
    assertThat(text("#list\\:addingRefused")).startsWith(reason);

    try (Browser partnerPage = new Browser(server)) {
      partnerPage.signIn(partner.email(), partner.password()).waitForText("Welcome");
      partnerPage.open("/users.xhtml").waitForText(partner.email());
      assertThat(partnerPage.driver().findElement(By.id("list:invite")).isEnabled()).isTrue();
      partnerPage
          .pick("#list\\:organizationFilter", customerName, customerName)
          .waitForText(reason);
      assertThat(partnerPage.driver().findElement(By.id("list:invite")).isEnabled()).isFalse();
      partnerPage.clearChoice("#list\\:organizationFilter");
      partnerPage.waitFor("#list\\:invite:not([disabled])");
      assertThat(partnerPage.driver().findElements(By.id("list:addingRefused"))).isEmpty();

      partnerPage.click("#list\\:create").find("#edit\\:save");
      partnerPage
          .pick("#edit\\:organization", customerName, customerName + " (Customer)")
          .waitFor("#edit\\:dialogRefused");
      assertThat(partnerPage.find("#edit\\:dialogRefused").getText()).startsWith(reason);
      assertThat(partnerPage.find("#edit\\:save").isEnabled()).isFalse();
      String partnerName = name(partner.organizationId(), partner);
      partnerPage
          .pick("#edit\\:organization", partnerName, partnerName + " (Partner)")
          .waitFor("#edit\\:save:not([disabled])");
      assertThat(partnerPage.driver().findElements(By.id("edit:dialogRefused"))).isEmpty();
    }
    // The API refuses the same, unchanged.
    Api.Reply refused =
        api.post(
            "/api/v1/users",
            ("{\"organizationId\":%d,\"email\":%s,\"displayName\":\"One Too Many\",\"language\":"
                    + "\"en\",\"roles\":[\"CUSTOMER_USER\"],\"initialPassword\":\"Initial-pass-99\"}")
                .formatted(
                    customer, Api.quote(Tenants.unique("extra").toLowerCase() + "@example.test")),
            partner.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
  }

  @Test
  void aSubscriptionInGraceIsExplainedAndBlocksAddingUsersUntilRenewed() throws SQLException {
    Subscribed scene = subscribed("Lapsed", LARGE, false);
    Tenants.Account partner = scene.partner();
    Tenants.Account admin = tenants.user(scene.customer(), "CUSTOMER_ADMIN", partner.token());
    long id = scene.id();
    endTermAMonthAgo(id);
    Api.Reply ran = api.post("/api/v1/subscriptions/renewal-run", null, tenants.vendorAdmin());
    assertThat(ran.status()).as(ran.body()).isEqualTo(200);
    JsonObject inGrace = subscription(id, partner);
    assertThat(inGrace.getString("state")).isEqualTo("GRACE");

    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");
    browser.open("/subscription.xhtml?id=" + id).waitFor("#subscription\\:state");
    assertThat(text("#subscription\\:state")).isEqualTo("In grace");
    assertThat(text("#explanation"))
        .isEqualTo(
            "In grace until "
                + day(inGrace, "graceEndsAt")
                + ": the portal is read-only, renew to continue.");
    assertThat(browser.driver().findElements(By.id("subscription:cancel"))).isEmpty();
    // Read-only for the customer's own users: every page says why, adding users is not offered.
    browser.open("/users.xhtml").waitForText(admin.email());
    assertThat(text(".restriction")).contains("read-only").contains("grace period");
    assertThat(browser.driver().findElements(By.id("list:invite"))).isEmpty();

    browser.open("/subscription.xhtml?id=" + id).waitFor("#subscription\\:renew");
    browser.click("#subscription\\:renew").click("#subscription\\:confirmYes");
    browser.waitForText("The subscription has been renewed.");
    assertThat(text("#subscription\\:state")).isEqualTo("Active");
    assertThat(subscription(id, partner).getString("state")).isEqualTo("ACTIVE");
    browser.open("/users.xhtml").waitForText(admin.email());
    assertThat(browser.driver().findElement(By.id("list:invite")).isEnabled()).isTrue();
  }

  /** A plan of the catalog, named uniquely in every language. */
  private record Plan(long id, String code, String name) {}

  private Plan plan(String prefix, String entitlements) {
    String name = Tenants.unique(prefix);
    String code = name.toLowerCase();
    Api.Reply created =
        api.post(
            "/api/v1/plans",
            ("{\"code\":%s,\"nameEn\":%s,\"nameFr\":%s,\"nameNl\":%s,"
                    + "\"terms\":{\"term\":\"MONTHLY\",%s}}")
                .formatted(
                    Api.quote(code),
                    Api.quote(name),
                    Api.quote(name + "-fr"),
                    Api.quote(name + "-nl"),
                    entitlements),
            tenants.vendorAdmin());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return new Plan(created.json().getJsonNumber("id").longValue(), code, name);
  }

  /** A partner whose new customer subscribes, through the API, to a new plan. */
  private record Subscribed(
      Plan plan, Tenants.Account partner, long customer, String customerName, long id) {}

  private Subscribed subscribed(String planPrefix, String entitlements, boolean autoRenew) {
    Plan plan = plan(planPrefix, entitlements);
    Tenants.Account partner = tenants.partnerAdmin("detail-" + planPrefix.toLowerCase());
    long customer =
        tenants.organization(partner.organizationId(), planPrefix + " Shop", partner.token());
    Api.Reply ordered =
        api.post(
            "/api/v1/subscriptions",
            "{\"customerId\":%d,\"planId\":%d,\"autoRenew\":%s}"
                .formatted(customer, plan.id(), autoRenew),
            partner.token());
    assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
    return new Subscribed(
        plan,
        partner,
        customer,
        name(customer, partner),
        ordered.json().getJsonNumber("id").longValue());
  }

  private JsonObject subscription(long id, Tenants.Account reader) {
    Api.Reply read = api.get("/api/v1/subscriptions/" + id, reader.token());
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    return read.json();
  }

  private String name(long organization, Tenants.Account reader) {
    return api.get("/api/v1/organizations/" + organization, reader.token())
        .json()
        .getString("name");
  }

  /** Ends the current term a month ago, as if the renewal job had not run since. */
  private void endTermAMonthAgo(long id) throws SQLException {
    try (Connection db = server.connect();
        PreparedStatement moved =
            db.prepareStatement(
                "UPDATE subscription SET period_start = period_start - interval '31 days',"
                    + " period_end = period_end - interval '31 days' WHERE id = ?")) {
      moved.setLong(1, id);
      assertThat(moved.executeUpdate()).isEqualTo(1);
    }
  }

  private String text(String css) {
    return browser.find(css).getText().trim();
  }

  /** A date of the subscription as pages show it in English. */
  private static String day(JsonObject subscription, String field) {
    return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
        .withZone(ZoneOffset.UTC)
        .format(Instant.parse(subscription.getString(field)));
  }

  private static List<String> types(JsonObject subscription) {
    return subscription.getJsonArray("history").stream()
        .map(e -> e.asJsonObject().getString("type"))
        .toList();
  }
}
