package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The plan catalog and subscriptions pages in Chromium, checked against the API. */
@ExtendWith(PortalServer.class)
class SubscriptionPagesIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Browser browser = new Browser(server);
  private final Subscribing subscribing = new Subscribing(server, tenants);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theVendorAdministratorAddsAPlanAndPublishesAVersionPrefilledWithItsTerms() {
    tenants.vendorAdmin();
    String code = Tenants.unique("page-plan").toLowerCase();
    browser.signIn(PortalServer.ADMIN_EMAIL, Tenants.PASSWORD).waitForText("Welcome");
    browser.click("#nav\\:plans").click("#list\\:create");
    fillNewPlan(code);
    browser.choose("#plan\\:term", "li[data-label='Yearly']");
    browser.type("#plan\\:trialDays", "10").type("#plan\\:maxUsers", "5");
    browser.type("#plan\\:allowedPlugins", "odbc, sql-server");
    browser
        .driver()
        .findElement(By.xpath("//form[@id='plan']//label[text()='API access']"))
        .click();
    browser.click("#plan\\:save").waitForText("The plan has been added to the catalog.");

    assertThat(row(code)).contains("Page Pro", "Yearly", "10", "API access", "Maximum users: 5");
    JsonObject created = plan(code);
    assertThat(created.getInt("version")).isEqualTo(1);
    assertThat(created.getString("term")).isEqualTo("YEARLY");
    assertThat(created.getJsonObject("names").getString("nl")).isEqualTo("Pagina Pro");
    JsonObject entitlements = created.getJsonObject("entitlements");
    assertThat(entitlements.getBoolean("apiAccess")).isTrue();
    assertThat(entitlements.getBoolean("configSync")).isFalse();
    assertThat(entitlements.getInt("maxUsers")).isEqualTo(5);
    assertThat(entitlements.getJsonArray("allowedPlugins").toString())
        .isEqualTo("[\"odbc\",\"sql-server\"]");

    waitForGrowlToFade();
    browser
        .driver()
        .findElement(By.xpath("//tr[td[text()='" + code + "']]//button[contains(@id,'publish')]"))
        .click();
    browser.waitForText("Publish new version " + code);
    assertThat(browser.find("#plan\\:maxUsers").getAttribute("value")).isEqualTo("5");
    assertThat(browser.find("#plan\\:trialDays").getAttribute("value")).isEqualTo("10");
    browser.type("#plan\\:maxUsers", "8").click("#plan\\:save");
    browser.waitForText("The new version has been published");

    JsonObject published = plan(code);
    assertThat(published.getInt("version")).isEqualTo(2);
    assertThat(published.getString("term")).isEqualTo("YEARLY");
    assertThat(published.getJsonObject("entitlements").getInt("maxUsers")).isEqualTo(8);
    assertThat(published.getJsonObject("entitlements").getBoolean("apiAccess")).isTrue();
    assertThat(published.getJsonObject("entitlements").getJsonArray("allowedPlugins")).hasSize(2);
    waitUntil(() -> row(code).contains("Maximum users: 8"));
  }

  @Test
  void badPlanInputShowsTheBoundarysErrorAtTheFieldAndAddsNothing() {
    String taken = planViaApi("Page Taken", "MONTHLY");
    String fresh = Tenants.unique("page-fresh").toLowerCase();
    browser.signIn(PortalServer.ADMIN_EMAIL, Tenants.PASSWORD).waitForText("Welcome");
    browser.open("/plans.xhtml").click("#list\\:create");

    fillNewPlan(taken);
    browser.click("#plan\\:save");
    waitUntil(() -> textOf("plan:codeMessage").contains("already taken"));

    browser.type("#plan\\:code", fresh).type("#plan\\:maxUsers", "-1").click("#plan\\:save");
    waitUntil(() -> textOf("plan:maxUsersMessage").contains("Maximum users"));
    assertThat(textOf("plan:codeMessage")).isEmpty();

    browser.type("#plan\\:maxUsers", "3").find("#plan\\:code").clear();
    browser.click("#plan\\:save");
    waitUntil(() -> textOf("plan:codeMessage").startsWith("Code:"));

    List<String> codes = catalog().stream().map(p -> p.getString("code")).toList();
    assertThat(codes).containsOnlyOnce(taken).doesNotContain(fresh);
  }

  @Test
  void aPartnerOrdersASubscriptionForItsCustomerAndOnlyItsSubtreeSeesIt() {
    String code = planViaApi("Page Basic", "YEARLY");
    Tenants.Account partner = tenants.partnerAdmin("page-order");
    long customerId =
        tenants.organization(partner.organizationId(), "Ordering Shop", partner.token());
    String customer = tenants.name(customerId, partner);
    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");
    browser.click("#nav\\:subscriptions").click("#list\\:order");
    order(customer, code);
    browser.click("#order\\:save").waitForText("The subscription has been ordered.");

    JsonObject listed =
        api.get("/api/v1/subscriptions?customerId=" + customerId, partner.token()).json();
    assertThat(listed.getInt("total")).isEqualTo(1);
    long id = listed.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    waitUntil(() -> browser.find("#list\\:table").getText().contains(customer));
    assertThat(browser.find("#list\\:table").getText()).contains("Page Basic", "Active", "Yes");
    assertThat(browser.find("#link-" + id).getAttribute("href"))
        .endsWith("/subscription.xhtml?id=" + id);

    waitForGrowlToFade();
    browser.click("#list\\:order");
    order(customer, code);
    browser.click("#order\\:save");
    waitUntil(() -> textOf("order:customerIdMessage").contains("already has a subscription"));
    assertThat(
            api.get("/api/v1/subscriptions?customerId=" + customerId, partner.token())
                .json()
                .getInt("total"))
        .isEqualTo(1);

    Tenants.Account other = tenants.partnerAdmin("page-other");
    try (Browser otherPartner = new Browser(server)) {
      otherPartner.signIn(other.email(), other.password()).waitForText("Welcome");
      otherPartner.open("/subscriptions.xhtml").waitForText("Nothing found.");
      assertThat(otherPartner.text()).doesNotContain(customer).contains("All (0)");
    }
    Tenants.Account reader =
        tenants.user(partner.organizationId(), "PARTNER_USER", partner.token());
    Tenants.Account owner = tenants.user(customerId, "CUSTOMER_ADMIN", partner.token());
    for (Tenants.Account withoutOrdering : List.of(reader, owner)) {
      try (Browser theirs = new Browser(server)) {
        theirs.signIn(withoutOrdering.email(), withoutOrdering.password()).waitForText("Welcome");
        theirs.open("/subscriptions.xhtml").waitForText(customer);
        assertThat(theirs.driver().findElements(By.id("list:order"))).isEmpty();
        assertThat(theirs.driver().findElements(By.id("list:table"))).hasSize(1);
      }
    }
  }

  @Test
  void aPartnerReadsTheCatalogButCannotAddOrPublishPlans() {
    String code = planViaApi("Page Catalog", "MONTHLY");
    Tenants.Account partner = tenants.partnerAdmin("page-catalog");
    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");

    browser.click("#nav\\:plans").waitForText(code);

    assertThat(row(code)).contains("Page Catalog", "Monthly", "Scheduled extractions");
    assertThat(browser.driver().findElements(By.id("list:create"))).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("button[id$=':publish']"))).isEmpty();
  }

  @Test
  void quickFiltersShowRenewalsDueAndSubscriptionsInGrace() throws SQLException {
    String code = planViaApi("Page Yearly", "YEARLY");
    long planId = plan(code).getJsonNumber("id").longValue();
    Tenants.Account partner = tenants.partnerAdmin("page-filters");
    String due = subscribedCustomer(partner, planId, true, "360 days");
    String grace = subscribedCustomer(partner, planId, false, "370 days");
    String later = subscribedCustomer(partner, planId, true, null);
    Api.Reply ran = api.post("/api/v1/subscriptions/renewal-run", null, tenants.vendorAdmin());
    assertThat(ran.status()).as(ran.body()).isEqualTo(200);
    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");

    browser.open("/subscriptions.xhtml").waitForText(later);
    assertThat(browser.find("#list\\:table").getText()).contains(due, grace, "Grace");
    assertThat(browser.find("#list\\:filterAll").getText()).endsWith("(3)");
    assertThat(browser.find("#list\\:filterDue").getText()).endsWith("(1)");
    assertThat(browser.find("#list\\:filterGrace").getText()).endsWith("(1)");
    assertThat(browser.find("#list\\:filterExpired").getText()).endsWith("(0)");

    browser.click("#list\\:filterDue");
    waitForTable(List.of(due), List.of(grace, later));
    browser.click("#list\\:filterGrace");
    waitForTable(List.of(grace), List.of(due, later));
    browser.click("#list\\:filterExpired");
    waitForTable(List.of("Nothing found."), List.of(due, grace, later));
    browser.click("#list\\:filterAll");
    waitForTable(List.of(due, grace, later), List.of());
  }

  private void fillNewPlan(String code) {
    browser
        .type("#plan\\:code", code)
        .type("#plan\\:nameEn", "Page Pro")
        .type("#plan\\:nameFr", "Pro page")
        .type("#plan\\:nameNl", "Pagina Pro");
  }

  private void order(String customer, String planCode) {
    browser
        .pick("#order\\:customerId", customer)
        .choose("#order\\:planId", "li[data-label$='(" + planCode + ")']");
  }

  /** A customer of {@code partner} subscribed to the plan, its dates moved back by {@code ago}. */
  private String subscribedCustomer(
      Tenants.Account partner, long planId, boolean autoRenew, String ago) throws SQLException {
    long customerId = tenants.organization(partner.organizationId(), "Filtered", partner.token());
    long id = subscribing.order(customerId, planId, autoRenew, partner);
    if (ago != null) {
      subscribing.shift(id, ago);
    }
    return tenants.name(customerId, partner);
  }

  /** Adds a plan without trial named {@code name} in English; returns its code. */
  private String planViaApi(String name, String term) {
    String code = Tenants.unique("page").toLowerCase();
    Api.Reply created =
        api.post(
            "/api/v1/plans",
            ("{\"code\":%s,\"nameEn\":%s,\"nameFr\":\"Fr\",\"nameNl\":\"Nl\",\"terms\":"
                    + "{\"term\":\"%s\",\"scheduledExtractions\":true}}")
                .formatted(Api.quote(code), Api.quote(name), term),
            tenants.vendorAdmin());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return code;
  }

  private List<JsonObject> catalog() {
    return Api.parse(api.get("/api/v1/plans", tenants.vendorAdmin()).body()).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private JsonObject plan(String code) {
    return catalog().stream()
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no plan " + code));
  }

  private String row(String code) {
    return browser
        .driver()
        .findElement(By.xpath("//tr[td[text()='" + code + "']]"))
        .getText()
        .replace('\n', ' ');
  }

  /** The text of the element with {@code id}, empty while there is none. */
  private String textOf(String id) {
    return browser.driver().findElements(By.id(id)).stream()
        .findFirst()
        .map(e -> e.getText())
        .orElse("");
  }

  private void waitForTable(List<String> shown, List<String> hidden) {
    waitUntil(
        () -> {
          String table = browser.driver().findElement(By.id("list:table")).getText();
          return shown.stream().allMatch(table::contains)
              && hidden.stream().noneMatch(table::contains);
        });
  }

  /** The confirmation lies over the buttons at the top right until it fades. */
  private void waitForGrowlToFade() {
    waitUntil(() -> browser.driver().findElements(By.cssSelector(".ui-growl-item")).isEmpty());
  }

  private void waitUntil(java.util.function.BooleanSupplier condition) {
    // The table and the dialog are re-rendered by ajax while this looks: stale elements are
    // retried.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }
}
