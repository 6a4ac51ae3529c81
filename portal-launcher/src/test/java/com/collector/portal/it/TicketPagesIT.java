package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The ticket pages in Chromium: a partner opens a ticket, an agent plans three steps, completes one
 * and writes an internal note; the partner follows "1 of 3 steps done" without the note.
 */
@ExtendWith(PortalServer.class)
class TicketPagesIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Browser partnerPage = new Browser(server);

  @AfterEach
  void closeBrowser() {
    partnerPage.close();
  }

  @Test
  void aPartnerFollowsTheProgressAnAgentMakesWithoutItsInternalNotes() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("page-ticket");
    String customer = "Ticket Shop " + Tenants.unique("x");
    tenants
        .api()
        .post(
            "/api/v1/organizations",
            "{\"parentId\":%d,\"name\":%s}"
                .formatted(partner.organizationId(), Api.quote(customer)),
            partner.token());
    // A second customer: the partner picks the ticket's customer by searching it.
    tenants.organization(partner.organizationId(), "Ticket Shop", partner.token());
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());

    partnerPage.signIn(partner.email(), partner.password()).waitForText("Welcome");
    partnerPage.click("#nav\\:tickets").waitForText("Ask customer service for help");
    partnerPage.click("#list\\:create").waitFor("#open\\:subject");
    partnerPage.pick("#open\\:customerId", customer);
    partnerPage
        .type("#open\\:subject", "Extraction stops at 50 %")
        .type("#open\\:description", "Since the update of last night.")
        .click("#open\\:save");
    partnerPage.waitForText("Extraction stops at 50 %").waitFor("#plan");
    long number = number(partnerPage.find("#heading").getText());
    assertThat(partnerPage.find("#state").getText()).isEqualTo("New");

    planAndNote(agent, number);

    partnerPage.open("/ticket.xhtml?number=" + number).waitForText("We found the cause.");
    assertThat(partnerPage.find("#progress").getText()).contains("1 of 3 steps done");
    assertThat(partnerPage.text())
        .contains("Done: Collect the logs", "Reproduce", "Ship the fix")
        .doesNotContain("unsupported SQL Server")
        .doesNotContain("Add step");
    assertThat(partnerPage.driver().findElements(org.openqa.selenium.By.id("assignment")))
        .isEmpty();
    Path log = Files.createTempFile("collector-", ".log");
    Files.writeString(log, "09:00 extraction stopped\n");
    partnerPage
        .driver()
        .findElement(By.cssSelector("#files\\:file input[type=file]"))
        .sendKeys(log.toString());
    partnerPage.waitForText("Attached " + log.getFileName());
    assertThat(partnerPage.find("#files").getText()).contains(log.getFileName().toString());

    partnerPage.open("/tickets.xhtml").waitForText("T-" + number);
    assertThat(partnerPage.find("#list\\:table").getText()).contains("1 of 3 steps done", customer);
  }

  /** The agent plans three steps, completes one, writes an internal note and a public answer. */
  private void planAndNote(Tenants.Account agent, long number) {
    try (Browser agentPage = new Browser(server)) {
      agentPage.signIn(agent.email(), agent.password()).waitForText("Welcome");
      agentPage.open("/ticket.xhtml?number=" + number).waitForText("Extraction stops at 50 %");
      for (String step : new String[] {"Collect the logs", "Reproduce", "Ship the fix"}) {
        agentPage
            .type("#plan\\:step", step)
            .click("#plan\\:addStep")
            .waitForText("Planned: " + step);
      }
      agentPage.click("#plan\\:steps\\:0\\:done").waitForText("Done: Collect the logs");
      agentPage.waitForText("1 of 3 steps done");
      agentPage
          .type("#comment\\:body", "Internal: the customer runs an unsupported SQL Server")
          .click("#comment\\:internal .ui-chkbox-box")
          .click("#comment\\:send")
          .waitForText("unsupported SQL Server");
      agentPage.type("#comment\\:body", "We found the cause.").click("#comment\\:send");
      agentPage.waitForText("We found the cause.");
    }
  }

  private static long number(String heading) {
    Matcher m = Pattern.compile("T-(\\d+) ").matcher(heading);
    assertThat(m.find()).as(heading).isTrue();
    return Long.parseLong(m.group(1));
  }
}
