package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The installation request pages in Chromium: a partner user walks the wizard (a step refused until
 * complete, a draft saved and resumed), submits, and follows the request; an agent accepts it from
 * the queue; the wizard's refusals speak the user's language.
 */
@ExtendWith(PortalServer.class)
class InstallationRequestPagesIT {

  private static final String NEXT = ".ui-wizard-nav-next";

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Requesting requesting = new Requesting(tenants);
  private final Subscribing subscribing = new Subscribing(server, tenants);
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aPartnerUserWalksTheWizardAndAnAgentAcceptsTheRequest() {
    Tenants.Account admin = tenants.partnerAdmin("wiz");
    long customer = tenants.organization(admin.organizationId(), "Wizard shop", admin.token());
    String name =
        tenants
            .api()
            .get("/api/v1/organizations/" + customer, admin.token())
            .json()
            .getString("name");
    subscribing.order(customer, requesting.plan(), true, admin);
    Tenants.Account requester = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    browser.signIn(requester.email(), requester.password()).waitForText("Welcome");

    browser.open("/installation-request-wizard.xhtml").waitForText("Request an installation");
    browser.click(NEXT).waitForText("Choose a customer or describe a new one.");
    browser.choose("#wizard\\:customerId", "li[data-label='" + name + "']");
    browser.click("#wizard\\:saveDraft").waitForText("Draft saved.");
    browser.open("/installation-requests.xhtml").waitForText("Draft");
    browser.click("#list\\:table\\:0\\:resume").waitForText("Request an installation");
    assertThat(browser.find("#wizard\\:customerId_label").getText())
        .startsWith(name.substring(0, 11));
    browser.click(NEXT).waitFor("#wizard\\:machineName");

    browser.click(NEXT).waitForText("Choose the Windows version.");
    browser.type("#wizard\\:machineName", "DESK-01");
    browser.choose("#wizard\\:windowsVersion", "li[data-label='SERVER 2022']");
    browser.click("#wizard\\:dotNet .ui-chkbox-box");
    browser.click("#wizard\\:plugins .ui-chkbox-box").waitForText("Database server of sql-server");
    browser.type("[id$=':0:databaseServer']", "SQL01");
    browser.click(NEXT).waitFor("#wizard\\:datasets");

    browser.type("#wizard\\:datasets", "ledger, invoices");
    browser.type("#wizard\\:exportLocation", "D:\\exports");
    browser.click(NEXT).waitForText("The customer has a subscription");
    browser.click(NEXT).waitFor("#wizard\\:apptName");

    browser.type("#wizard\\:apptName", "Piet");
    browser.type("#wizard\\:apptPhone", "+32 470 00 00 00");
    // Typed last and closed with Escape: the date picker's open panel covers what lies below it.
    browser.type("#wizard\\:date1_input", LocalDate.now().plusDays(9).toString());
    browser.find("#wizard\\:date1_input").sendKeys(Keys.ESCAPE);
    browser.click("h1");
    browser.click(NEXT).waitForText("Check the answers");
    browser.click("#wizard\\:submit").waitForText("Timeline");
    assertThat(browser.find("#request\\:state").getText()).isEqualTo("Submitted");
    assertThat(browser.text()).contains("Check the installation request and the subscription");

    agentAccepts(name);
  }

  /** An agent finds the request in the queue (by state) and accepts it. */
  private void agentAccepts(String name) {
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    browser.click("#nav\\:signOut").waitFor("#login\\:email");
    browser.signIn(agent.email(), agent.password()).waitForText("Welcome");
    browser.open("/installation-requests.xhtml").waitForText(name);
    browser.choose("#list\\:stateFilter", "li[data-label='Submitted']").settle().waitForText(name);
    String id =
        browser
            .find("#list\\:table")
            .getText()
            .lines()
            .filter(l -> l.contains(name))
            .findFirst()
            .orElseThrow()
            .split(" ")[0];
    browser.open("/installation-request.xhtml?id=" + id).waitFor("#request\\:accept");
    browser.click("#request\\:accept").waitForText("Accepted");
    assertThat(browser.find("#request\\:handler").getText()).isEqualTo("Test User");
  }

  @Test
  void anotherPartnersPagesShowNothingOfTheRequest() {
    Tenants.Account owner = tenants.partnerAdmin("wiz-own");
    String name = Tenants.unique("Hidden shop");
    JsonObject submitted =
        requesting.submitted(
            Requesting.newCustomer(name, "BE0417497106", "sql-server", requesting.plan()),
            owner.token());
    long id = Requesting.id(submitted);
    Tenants.Account other = tenants.partnerAdmin("wiz-other");
    browser.signIn(other.email(), other.password()).waitForText("Welcome");

    browser.open("/installation-request.xhtml?id=" + id).waitForText("Installation requests");
    assertThat(browser.driver().findElements(By.id("request:state"))).isEmpty();
    browser
        .open("/installation-request-wizard.xhtml?draft=" + id)
        .waitForText("Installation requests");
    assertThat(browser.text()).doesNotContain(name).doesNotContain("SQL01");
    browser.open("/installation-requests.xhtml").waitForText("Installation requests");
    assertThat(browser.text()).doesNotContain(name);

    browser.click("#nav\\:signOut").waitFor("#login\\:email");
    browser.signIn(owner.email(), owner.password()).waitForText("Welcome");
    browser.open("/installation-request.xhtml?id=" + id).waitFor("#request\\:state");
    assertThat(browser.text()).contains(name);
  }

  @Test
  void theWizardsRefusalsSpeakTheUsersLanguage() {
    Tenants.Account admin = tenants.partnerAdmin("wiz-fr");
    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");
    browser.click("#nav\\:lang-fr").waitForText("Demandes d'installation");

    browser.open("/installation-request-wizard.xhtml").waitForText("Demander une installation");
    browser.click(NEXT).waitForText("Choisissez un client ou décrivez-en un nouveau.");
    browser
        .click("#wizard\\:customerMode label[for='wizard:customerMode:1']")
        .waitFor("#wizard\\:vatNumber");
    browser.type("#wizard\\:name", "Boulangerie").type("#wizard\\:vatNumber", "FR40303265046");
    browser.click(NEXT).waitForText("Le numéro de TVA n'est pas valide");
  }
}
