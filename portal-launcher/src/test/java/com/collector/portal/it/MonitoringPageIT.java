package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
    installing.forgetFailures();
    Configuring.Configured mine = configuring.configured("mon-page", "{}");
    String collector = configuring.enrolled(mine);
    Configuring.Configured other = configuring.configured("mon-page-other", "{}");
    String otherCollector = configuring.enrolled(other);
    Instant now = Instant.now();
    send(
        collector,
        MonitoringIT.session("p-s", "4.2.0.19", "exact-online", "1.2.0", now.minusSeconds(90)),
        TelemetryIT.run("p-r1", "exact-online", "success", now.minusSeconds(60)),
        TelemetryIT.run("p-r2", "exact-online", "failure", now.minusSeconds(30)));
    send(otherCollector, TelemetryIT.run("o-r1", "exact-online", "failure", now.minusSeconds(20)));
    String myName = name(mine);
    String otherName = name(other);

    browser.signIn(mine.partner().email(), mine.partner().password()).waitForText("Welcome");
    browser.click("#nav\\:menu a[href*='monitoring']").waitForText("Failing installations");
    assertThat(browser.driver().findElements(By.cssSelector("#dash\\:runs canvas"))).hasSize(1);
    assertThat(browser.find("#dash\\:totals").getText()).contains("Succeeded: 1", "Failed: 1");
    String failing = browser.find("#dash\\:failing").getText();
    assertThat(failing).contains(myName, "SQL-18456").doesNotContain(otherName);
    assertThat(browser.find("#dash\\:appVersions").getText()).contains("4.2.0.19");

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
