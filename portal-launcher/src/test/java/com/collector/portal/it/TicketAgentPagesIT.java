package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Customer service's pages in Chromium: a template written, bulk assignment, a plan from it. */
@ExtendWith(PortalServer.class)
class TicketAgentPagesIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Ticketing ticketing = new Ticketing(api);
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theVendorWritesATemplateAssignsTwoTicketsAtOnceAndPlansOneFromTheTemplate() {
    Tenants.Account partner = tenants.partnerAdmin("page-agent");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    String tag = Tenants.unique("invoice");
    long first = opened(customer, "Invoice wrong " + tag, partner);
    long second = opened(customer, "Invoice late " + tag, partner);
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());

    browser.signIn(PortalServer.ADMIN_EMAIL, Tenants.PASSWORD).waitForText("Welcome");
    browser
        .open("/ticket-templates.xhtml")
        .waitForText("The standard plan of each ticket category");
    browser.choose("#template\\:category", "li[data-label='Subscription']");
    // The choice reloads the form with that category's template: type only into the new one.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                "Subscription".equals(d.findElement(By.id("template:name")).getAttribute("value")));
    browser
        .type("#template\\:name", "Billing question")
        .type("#template\\:steps", "Check the invoice\n* Ask finance\nConfirm to the customer")
        .click("#template\\:save")
        .waitForText("The template is saved.");

    browser.open("/tickets.xhtml").waitFor("#list\\:text");
    browser.type("#list\\:text", tag).settle().waitForText("Invoice late " + tag);
    checkRowOf(first);
    checkRowOf(second);
    browser.choose("#list\\:bulkAgent", "li[data-label^='Test User (" + agent.email() + "']");
    browser.click("#list\\:assignSelected").waitForText("The tickets are assigned.");
    for (long number : new long[] {first, second}) {
      assertThat(
              ticketing
                  .get(number, agent.token())
                  .getJsonObject("ticket")
                  .getString("assigneeName"))
          .isEqualTo("Test User");
    }

    browser.open("/ticket.xhtml?number=" + first).waitForText("Invoice wrong " + tag);
    browser.click("#plan\\:fromTemplate").waitForText("Planned: Confirm to the customer");
    assertThat(ticketing.get(first, partner.token()).getJsonArray("plan")).hasSize(2);
    assertThat(ticketing.get(first, agent.token()).getJsonArray("plan")).hasSize(3);
  }

  @Test
  void aPartnerHasNoTemplatePageAndNoAgentControls() {
    Tenants.Account partner = tenants.partnerAdmin("page-agent-not");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    long number = opened(customer, "Mine", partner);
    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");

    assertThat(browser.driver().findElements(By.id("nav:ticketTemplates"))).isEmpty();
    browser.open("/ticket-templates.xhtml");
    assertThat(browser.driver().getPageSource()).contains("403").doesNotContain("template:steps");
    browser.open("/tickets.xhtml").waitForText("T-" + number);
    assertThat(browser.driver().findElements(By.id("list:bulk"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("pick-" + number))).isEmpty();
  }

  private void checkRowOf(long number) {
    browser.click("#pick-" + number);
  }

  private long opened(long customer, String subject, Tenants.Account partner) {
    Api.Reply reply =
        api.post(
            "/api/v1/tickets",
            ("{\"customerId\":%d,\"subject\":%s,\"description\":\"d\",\"category\":\"subscription\"}")
                .formatted(customer, Api.quote(subject)),
            partner.token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return Ticketing.number(reply.json());
  }
}
