package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The installations page in Chromium: create (the code shown once), enrolled state, retire. */
@ExtendWith(PortalServer.class)
class InstallationPagesIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Installing installing = new Installing(server, tenants);
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aCustomerAdminCreatesSeesTheEnrolledInstallationAndRetiresIt() throws Exception {
    installing.forgetFailures();
    Tenants.Account partner = tenants.partnerAdmin("page-inst");
    long customer = tenants.organization(partner.organizationId(), "page-shop", partner.token());
    Tenants.Account admin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");
    browser.open("/installations.xhtml").waitForText("Each Collector on a machine");

    browser.click("#list\\:create").waitFor("#edit\\:name");
    browser.type("#edit\\:name", "Front desk").click("#edit\\:save");
    browser.waitForText("Type this code into the Collector now");
    String code = browser.find("#code\\:value").getAttribute("value");
    assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}");
    assertThat(browser.find("#code\\:expires").getText()).isNotBlank();
    browser.click("#code\\:done");
    waitUntilTable("Waiting for enrollment");

    installing.enrolled(code);
    browser.open("/installations.xhtml");
    waitUntilTable("Active");
    String table = browser.find("#list\\:table").getText();
    assertThat(table).contains("Front desk", "4.2.0.17", "odbc 2.0.0, sql-server 1.4.2", "DESK-");

    browser.click("#list\\:table\\:0\\:retire").click("#list\\:confirmYes");
    browser.waitForText("The installation has been retired.");
    waitUntilTable("Retired");
    assertThat(browser.driver().findElements(By.id("list:table:0:retire"))).isEmpty();
  }

  @Test
  void aCustomerUserReadsButCannotCreate() {
    Tenants.Account partner = tenants.partnerAdmin("page-inst-user");
    long customer = tenants.organization(partner.organizationId(), "page-shop", partner.token());
    installing.created(customer, partner.token());
    Tenants.Account clerk = tenants.user(customer, "CUSTOMER_USER", partner.token());
    browser.signIn(clerk.email(), clerk.password()).waitForText("Welcome");

    browser.open("/installations.xhtml");
    waitUntilTable("Waiting for enrollment");
    assertThat(browser.driver().findElements(By.id("list:create"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("list:table:0:retire"))).isEmpty();
  }

  @Test
  void aPartnerPagesPastTheTwoHundredthAndFiltersByACustomerFoundBySearchingItsOwnOnly() {
    Tenants.Account partner = tenants.partnerAdmin("page-many");
    long crowded = tenants.organization(partner.organizationId(), "Crowded", partner.token());
    // More than one boundary page (200): the page used to stop there.
    for (int i = 0; i < 205; i++) {
      Api.Reply created = installing.create(crowded, "inst-%03d".formatted(i), partner.token());
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
    long mine = tenants.organization(partner.organizationId(), "Findable", partner.token());
    String mineName = tenants.name(mine, partner);
    String mineInstallation =
        installing.created(mine, partner.token()).getJsonObject("installation").getString("name");
    Tenants.Account other = tenants.partnerAdmin("page-many-other");
    String theirs =
        tenants.name(
            tenants.organization(other.organizationId(), "Findable", other.token()), other);
    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");

    browser.open("/installations.xhtml");
    waitUntilTable("inst-000");
    browser.click("#list\\:table_paginator_bottom .ui-paginator-last");
    waitUntilTable("inst-204");

    assertThat(browser.offered("#list\\:customerFilter", "Findable", mineName))
        .containsExactly(mineName)
        .doesNotContain(theirs);
    browser.pick("#list\\:customerFilter", mineName);
    waitUntilTable(mineInstallation);
    assertThat(browser.find("#list\\:table").getText()).doesNotContain("inst-");
  }

  private void waitUntilTable(String text) {
    // The table is re-rendered by ajax while this looks at it: a stale element is looked up again.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("list:table")).getText().contains(text));
  }
}
