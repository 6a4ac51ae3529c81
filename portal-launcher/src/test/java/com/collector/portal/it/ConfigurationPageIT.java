package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The configuration page in Chromium: support edits the JSON (a schema error is shown by path and
 * saves nothing), sees whether the Collector runs the revision, the effective values' origins, the
 * history's diff with the secret masked, and settles a conflict.
 */
@ExtendWith(PortalServer.class)
class ConfigurationPageIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void supportEditsTheConfigurationAndSettlesAConflict() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured =
        configuring.configured(
            "page-cfg", "{'general':{'language':'fr','proxy':{'password':'Page-Secret-1'}}}");
    String collector = configuring.enrolled(configured);
    configuring.pull(1, collector);
    Tenants.Account partner = configured.partner();
    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");
    browser.open("/configuration.xhtml?installation=" + configured.id());
    browser.waitForText("The Collector runs the current revision.");
    assertThat(browser.find("#config\\:tabs\\:document").getAttribute("value"))
        .contains("\"$secret\"")
        .doesNotContain("Page-Secret-1");

    String text = browser.find("#config\\:tabs\\:document").getAttribute("value");
    browser.type("#config\\:tabs\\:document", text.replace("\"fr\"", "\"de\""));
    browser.click("#config\\:tabs\\:save").waitForText("/general/language");
    assertThat(browser.find("#config\\:revision").getText()).isEqualTo("1");

    browser.type("#config\\:tabs\\:document", text.replace("\"fr\"", "\"nl\""));
    browser.type("#config\\:tabs\\:comment", "Dutch for the accountant");
    browser.click("#config\\:tabs\\:save").waitForText("The configuration has been saved.");
    assertThat(browser.find("#config\\:revision").getText()).isEqualTo("2");
    assertThat(browser.text()).contains("has not applied the current revision");

    browser.click("#config\\:tabs a[href='#config\\:tabs\\:historyTab']");
    browser.click("#config\\:tabs\\:revisions\\:0\\:diff").waitFor("#diffForm\\:lines");
    browser.waitForText("/general/language");
    String diff = browser.find("#diffForm\\:lines").getText();
    assertThat(diff).contains("fr").contains("nl").doesNotContain("Page-Secret-1");

    configuring.edit(configured.id(), 2, "{'general':{'language':'en'}}", partner.token());
    configuring.push(
        2, "{'general':{'language':'fr','proxy':{'password':'Page-Secret-1'}}}", collector);
    browser.open("/configuration.xhtml?installation=" + configured.id());
    browser.waitForText("conflict(s) to settle");
    browser.click("#config\\:tabs a[href='#config\\:tabs\\:conflictsTab']");
    assertThat(browser.find("#config\\:tabs\\:conflicts").getText())
        .contains("/general/language", "fr");
    browser
        .click("#config\\:tabs\\:conflicts\\:0\\:take")
        .waitForText("The conflict has been settled.");
    assertThat(browser.find("#config\\:revision").getText()).isEqualTo("4");
    assertThat(browser.driver().findElements(By.id("config:openConflicts"))).isEmpty();
  }
}
