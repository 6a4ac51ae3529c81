package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The monitoring pages in Chromium: a partner's dashboard draws the runs chart and lists its own
 * failing installation, not another partner's; the row opens the installation's timeline; another
 * partner's installation page is not found.
 */
@ExtendWith(PortalServer.class)
class MonitoringPageIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aPartnerSeesItsFailingInstallationAndItsTimelineButNotAnotherPartners() throws Exception {
    Scene scene = scene("mon-page");
    Configuring.Configured mine = scene.mine();
    Configuring.Configured other = scene.other();
    String myName = scene.myName();
    String otherName = scene.otherName();

    browser.signIn(mine.partner().email(), mine.partner().password()).waitForText("Welcome");
    browser.click("#nav\\:menu a[href*='monitoring']").waitForText("Failing installations");
    assertThat(browser.driver().findElements(By.cssSelector("#dash\\:runs canvas"))).hasSize(1);
    assertThat(browser.find("#dash\\:totals").getText()).contains("Succeeded: 1", "Failed: 1");
    String failing = browser.find("#dash\\:failing").getText();
    assertThat(failing).contains(myName, "SQL-18456").doesNotContain(otherName);
    assertThat(browser.find("#dash\\:appVersions").getText()).contains("4.2.0.19");
    assertThat(browser.find("#dash\\:errors").getText())
        .contains("Collector.PageMine" + mine.id())
        .doesNotContain("Collector.PageOther");
    // Chart.js draws a bar per day of the period, stacked by result; 7 days are 7 bars.
    assertThat(chart("data.labels.length")).isEqualTo(30L);
    assertThat(
            chart(
                "data.datasets.map(d => d.label + ' ' + d.data.reduce((a, b) => a + b, 0)).join()"))
        .isEqualTo("Succeeded 1,Failed 1,Partial 0");
    assertThat(chart("options.scales.y.stacked")).isEqualTo(true);
    browser.click("#dash\\:days .ui-button").settle();
    assertThat(chart("data.labels.length")).isEqualTo(7L);
    assertThat(browser.find("#dash\\:totals").getText()).contains("Succeeded: 1", "Failed: 1");

    theErrorGroupPageShowsMineOnly(mine, myName, other);
    browser.open("/monitoring.xhtml").waitForText("Failing installations");

    browser.click("#dash\\:failing\\:0\\:open").waitForText("Timeline");
    assertThat(browser.find("#installationName").getText()).isEqualTo(myName);
    assertThat(browser.find("#inst\\:consecutiveFailures").getText()).isEqualTo("1");
    assertThat(browser.driver().findElements(By.cssSelector("#inst\\:runs canvas"))).hasSize(1);
    waitUntilTimeline("Session started");
    assertThat(browser.find("#inst\\:timeline").getText())
        .contains("Extraction run", "Failed", "SQL-18456", "Exact 001 2026-11", "Windows 11 Pro");
    browser.choose("#inst\\:kind", "li[data-label='Runs']");
    waitUntilTimelineLacks("Session started");
    assertThat(browser.find("#inst\\:timeline").getText()).contains("Succeeded", "Failed");

    for (String query : List.of("?installation=" + other.id(), "?installation=x", "")) {
      browser.open("/installation-monitoring.xhtml" + query);
      assertThat(browser.text()).as(query).contains("404").contains("Not found");
      assertThat(browser.driver().getPageSource()).doesNotContain(otherName);
    }
  }

  @Test
  void theFiltersSearchOrganizationsByNameWithinTheReadersSubtree() throws Exception {
    Scene scene = scene("mon-pick");
    Tenants.Account partner = scene.mine().partner();
    String shop = tenants.name(scene.mine().customer(), partner);
    // A second customer gives the partner a choice; the other partner's shares the "shop" prefix.
    String quiet =
        tenants.name(
            tenants.organization(partner.organizationId(), "shop", partner.token()), partner);
    String myName = scene.myName();

    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");
    browser.open("/monitoring.xhtml").waitForText("Failing installations");
    assertThat(browser.driver().findElements(By.id("dash:partner_input"))).isEmpty();
    assertThat(browser.offered("#dash\\:customer", "shop", shop))
        .containsExactlyInAnyOrder(shop, quiet);
    browser.pick("#dash\\:customer", quiet, quiet);
    waitUntilFailing(text -> !text.contains(myName));
    browser.clearChoice("#dash\\:customer");
    waitUntilFailing(text -> text.contains(myName));

    theVendorNarrowsToAPartnerThenItsCustomer(scene);
  }

  /**
   * Vendor staff pick a partner, then one of its customers (not another partner's); picking another
   * partner drops that customer.
   */
  private void theVendorNarrowsToAPartnerThenItsCustomer(Scene scene) {
    String myName = scene.myName();
    String otherName = scene.otherName();
    Tenants.Account partner = scene.mine().partner();
    String partnerName = tenants.name(partner.organizationId(), partner);
    Tenants.Account otherAdmin = scene.other().partner();
    String otherPartner = tenants.name(otherAdmin.organizationId(), otherAdmin);
    String shop = tenants.name(scene.mine().customer(), partner);
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    browser.click("#nav\\:signOut").waitFor("#login\\:email");
    browser.signIn(agent.email(), agent.password()).waitForText("Welcome");
    browser.open("/monitoring.xhtml").waitForText("Failing installations");

    browser.pick("#dash\\:partner", otherPartner, otherPartner);
    waitUntilFailing(text -> text.contains(otherName) && !text.contains(myName));
    browser.pick("#dash\\:partner", partnerName, partnerName);
    waitUntilFailing(text -> text.contains(myName) && !text.contains(otherName));
    String theirs = tenants.name(scene.other().customer(), otherAdmin);
    assertThat(browser.offered("#dash\\:customer", "shop", shop)).doesNotContain(theirs);
    browser.pick("#dash\\:customer", shop, shop);
    browser.pick("#dash\\:partner", otherPartner, otherPartner);
    waitUntilFailing(text -> text.contains(otherName));
    assertThat(browser.find("#dash\\:customer_input").getAttribute("value"))
        .as("my customer is no longer chosen under the other partner")
        .isEmpty();
  }

  private void waitUntilFailing(Predicate<String> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.test(d.findElement(By.id("dash:failing")).getText()));
  }

  /** Two partners' failing installations, each with its telemetry sent. */
  private record Scene(
      Configuring.Configured mine, String myName, Configuring.Configured other, String otherName) {}

  private Scene scene(String prefix) throws Exception {
    installing.forgetFailures();
    Configuring.Configured mine = configuring.configured(prefix, "{}");
    String collector = configuring.enrolled(mine);
    Configuring.Configured other = configuring.configured(prefix + "-other", "{}");
    String otherCollector = configuring.enrolled(other);
    sent(mine, collector, other, otherCollector);
    return new Scene(mine, name(mine), other, name(other));
  }

  /** Two runs and an error for mine, a failed run and another error for the other partner's. */
  private void sent(
      Configuring.Configured mine,
      String collector,
      Configuring.Configured other,
      String otherCollector) {
    Instant now = Instant.now();
    send(
        collector,
        MonitoringIT.session("p-s", "4.2.0.19", "exact-online", "1.2.0", now.minusSeconds(90)),
        TelemetryIT.run("p-r1", "exact-online", "success", now.minusSeconds(60)),
        TelemetryIT.run("p-r2", "exact-online", "failure", now.minusSeconds(30)),
        ErrorGroupsIT.error(
            "p-e", "Collector.PageMine" + mine.id(), "Export.Write", 3, "4.2.0.19"));
    send(
        otherCollector,
        TelemetryIT.run("o-r1", "exact-online", "failure", now.minusSeconds(20)),
        ErrorGroupsIT.error(
            "o-e", "Collector.PageOther" + other.id(), "Export.Read", 4, "4.2.0.19"));
  }

  private void theErrorGroupPageShowsMineOnly(
      Configuring.Configured mine, String myName, Configuring.Configured other) {
    browser.click("#dash\\:errors\\:0\\:group").waitForText("Occurrences");
    assertThat(browser.find("#exceptionType").getText())
        .isEqualTo("Collector.PageMine" + mine.id());
    assertThat(browser.find("#group\\:installations").getText()).contains(myName);
    browser.open("/error-group.xhtml?fingerprint=" + fingerprint(other));
    assertThat(browser.text()).contains("404").contains("Not found");
    assertThat(browser.driver().getPageSource()).doesNotContain("Collector.PageOther");
  }

  /** A property of the dashboard's Chart.js chart, as the browser holds it. */
  private Object chart(String property) {
    return ((JavascriptExecutor) browser.driver())
        .executeScript("return PF('runsChart').chart." + property + ";");
  }

  private String fingerprint(Configuring.Configured configured) {
    Api.Reply reply =
        api.get(MonitoringIT.MONITORING + "error-groups", configured.partner().token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return Api.parse(reply.body()).asJsonArray().getJsonObject(0).getString("fingerprint");
  }

  private String name(Configuring.Configured configured) {
    Api.Reply reply =
        api.get("/api/v1/installations/" + configured.id(), configured.partner().token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getString("name");
  }

  private void send(String collector, String... events) {
    Api.Reply reply =
        api.post(TelemetryIT.TELEMETRY, TelemetryIT.batch(List.of(events)), collector);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    JsonObject answer = reply.json();
    assertThat(answer.getJsonArray("rejected")).as(reply.body()).isEmpty();
  }

  private void waitUntilTimeline(String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("inst:timeline")).getText().contains(text));
  }

  private void waitUntilTimelineLacks(String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id("inst:timeline")).getText().contains(text));
  }
}
