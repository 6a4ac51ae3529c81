package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.client.CollectorClient;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The installation request pages in Chromium: a partner user walks the wizard (a step refused until
 * complete, a draft saved and resumed) and submits; an agent accepts the request from the queue,
 * schedules the appointment and starts installing, reading the enrollment code off the page; the
 * reference client enrolls with it and pulls the configuration; the partner user then sees the
 * request installed with its timeline, plan, appointment and handler. The wizard's refusals speak
 * the user's language.
 */
@ExtendWith(PortalServer.class)
class InstallationRequestPagesIT {

  private static final String NEXT = ".ui-wizard-nav-next";

  /** The default of portal.installation-requests.time-zone, which the test portal keeps. */
  private static final ZoneId APPOINTMENTS = ZoneId.of("Europe/Brussels");

  // Rows a page of the queue shows (rows="20" in installation-requests.xhtml).
  private static final int QUEUE_PAGE = 20;

  private static final DateTimeFormatter INPUT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(APPOINTMENTS);

  /** An appointment as the page (and the mails) show it: in its zone, which it names. */
  private static String appointmentText(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(Locale.ENGLISH)
            .withZone(APPOINTMENTS)
            .format(at)
        + " Europe/Brussels";
  }

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Requesting requesting = new Requesting(tenants);
  private final Subscribing subscribing = new Subscribing(server, tenants);
  private final Browser browser = new Browser(server);

  @TempDir Path collector;

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aPartnerUserRequestsInTheWizardAndSeesItInstalledAfterTheAgentsMoves() throws Exception {
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
    walksTheWizard(name);

    String id = agentAccepts(name);
    Instant appointment = Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    String code = agentSchedulesAndStarts(appointment);

    new Installing(server, tenants).forgetFailures();
    CollectorClient client = new CollectorClient(server.uri("/"), collector);
    client.enroll(code, new CollectorClient.Facts("DESK-01", "Windows Server 2022", "4.2.0.17"));
    assertThat(client.pullConfiguration(client.configurationFile()).revision()).isEqualTo(1);

    browser.click("#nav\\:signOut").waitFor("#login\\:email");
    browser.signIn(requester.email(), requester.password()).waitForText("Welcome");
    browser.open("/installation-request.xhtml?id=" + id).waitFor("#request\\:state");
    assertThat(browser.find("#request\\:state").getText()).isEqualTo("Installed");
    assertThat(browser.find("#request\\:handler").getText()).isEqualTo("Test User");
    assertThat(browser.find("#request\\:appointment").getText())
        .isEqualTo(appointmentText(appointment) + " remote session");
    assertThat(browser.driver().findElements(By.id("request:actions"))).isEmpty();
    assertThat(column("#request\\:timeline", 0))
        .containsExactly("Draft", "Submitted", "Accepted", "Scheduled", "Installing", "Installed");
    assertThat(row("#request\\:plan", 3)).startsWith("4 ").endsWith(" done");
  }

  /**
   * The requester walks the wizard for an existing customer: a step refused until complete, a draft
   * saved and resumed, then submitted.
   */
  private void walksTheWizard(String name) {
    browser.open("/installation-request-wizard.xhtml").waitForText("Request an installation");
    browser.click(NEXT).waitForText("Choose a customer or describe a new one.");
    pick("#wizard\\:customerId", name);
    browser.click("#wizard\\:saveDraft").waitForText("Draft saved.");
    browser.open("/installation-requests.xhtml").waitForText("Draft");
    browser.click("#list\\:table\\:0\\:resume").waitForText("Request an installation");
    assertThat(browser.find("#wizard\\:customerId_input").getAttribute("value")).isEqualTo(name);
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
  }

  /**
   * Picks the suggestion labelled {@code name} of a PrimeFaces auto-complete field, found by typing
   * part of the name.
   */
  private void pick(String field, String name) {
    browser.pick(field, name.substring(0, name.length() - 2), name);
  }

  /**
   * An agent finds the request in the queue (by state, newest first) and accepts it; answers its
   * id.
   */
  private String agentAccepts(String name) {
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    browser.click("#nav\\:signOut").waitFor("#login\\:email");
    browser.signIn(agent.email(), agent.password()).waitForText("Welcome");
    browser.open("/installation-requests.xhtml").waitFor("#list\\:table");
    browser.choose("#list\\:stateFilter", "li[data-label='Submitted']").settle();
    newestFirst();
    browser.waitForText(name);
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
    return id;
  }

  /**
   * On the request's page the agent agrees on the appointment (in the appointments' zone), starts
   * installing and reads the enrollment code the page shows once.
   */
  private String agentSchedulesAndStarts(Instant appointment) {
    browser
        .click("#request\\:schedule")
        .waitForText("Give the appointment: a moment in the coming year");
    browser.type("#request\\:note", "remote session");
    // Typed last and closed with Escape: the date picker's open panel covers the buttons.
    browser.type("#request\\:appointmentAt_input", INPUT.format(appointment));
    browser.find("#request\\:appointmentAt_input").sendKeys(Keys.ESCAPE);
    browser.click("h1");
    browser.click("#request\\:schedule").waitForText(appointmentText(appointment));
    assertThat(browser.find("#request\\:state").getText()).isEqualTo("Scheduled");
    assertThat(browser.find("#request\\:appointment").getText())
        .isEqualTo(appointmentText(appointment) + " remote session");
    browser.click("#request\\:start").waitFor("#request\\:codeValue");
    assertThat(browser.find("#request\\:state").getText()).isEqualTo("Installing");
    assertThat(browser.find("#request\\:codeExpiry").getText()).isNotBlank();
    String code = browser.find("#request\\:codeValue").getAttribute("value");
    assertThat(code).isNotBlank();
    return code;
  }

  /**
   * The queue holds more requests than a page: the rest lie on a second page, and a stuck request
   * leads the first even when the table is sorted newest first, where its age would put it last.
   */
  @Test
  void theQueuePagesThroughAllRequestsWithTheStuckOnesFirst() throws Exception {
    Tenants.Account admin = tenants.partnerAdmin("wiz-queue");
    String stuckName = Tenants.unique("Stuck shop");
    long stuck =
        Requesting.id(
            requesting.submitted(
                Requesting.newCustomer(stuckName, "BE0417497106", "sql-server", requesting.plan()),
                admin.token()));
    try (var db = server.connect();
        var statement = db.createStatement()) {
      statement.executeUpdate(
          "UPDATE installation_request SET state_since = now() - interval '200 hours'"
              + " WHERE id = "
              + stuck);
    }
    for (int i = 0; i < QUEUE_PAGE; i++) {
      Api.Reply draft =
          tenants.api().post(Requesting.REQUESTS + "?draft=true", "{}", admin.token());
      assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    }
    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");
    browser.open("/installation-requests.xhtml").waitFor("#list\\:table");
    newestFirst();

    List<WebElement> first =
        browser.driver().findElements(By.cssSelector("#list\\:table tbody tr"));
    assertThat(first).hasSize(QUEUE_PAGE);
    assertThat(first.get(0).getText()).startsWith(stuck + " ").contains(stuckName);
    assertThat(first.get(0).getAttribute("class")).contains("request-stuck-row");
    assertThat(first.get(1).getAttribute("class")).doesNotContain("request-stuck-row");

    browser.driver().findElements(By.cssSelector("#list\\:table a.ui-paginator-page")).stream()
        .filter(a -> a.getText().equals("2"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no second page"))
        .click();
    browser.settle();
    List<String> second = column("#list\\:table", 0);
    assertThat(second).hasSize(1).doesNotContain(Long.toString(stuck));
  }

  /**
   * The wizard's searches offer only what the caller may choose: a partner its own customers, not
   * another partner's; vendor staff the chosen partner's. A resumed draft shows both choices again.
   */
  @Test
  void theWizardOffersOnlyCustomersTheCallerMayChoose() {
    Tenants.Account one = tenants.partnerAdmin("wiz-find-one");
    Tenants.Account two = tenants.partnerAdmin("wiz-find-two");
    String mine = name(tenants.organization(one.organizationId(), "Findable", one.token()), one);
    String theirs = name(tenants.organization(two.organizationId(), "Findable", two.token()), two);
    browser.signIn(one.email(), one.password()).waitForText("Welcome");
    browser.open("/installation-request-wizard.xhtml").waitFor("#wizard\\:customerId_input");
    assertThat(browser.offered("#wizard\\:customerId", "Findable", mine)).doesNotContain(theirs);

    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    browser.click("#nav\\:signOut").waitFor("#login\\:email");
    browser.signIn(agent.email(), agent.password()).waitForText("Welcome");
    browser.open("/installation-request-wizard.xhtml").waitFor("#wizard\\:partnerId_input");
    String partner = name(one.organizationId(), one);
    pick("#wizard\\:partnerId", partner);
    assertThat(browser.offered("#wizard\\:customerId", "Findable", mine)).doesNotContain(theirs);
    pick("#wizard\\:customerId", mine);
    browser.click("#wizard\\:saveDraft").waitForText("Draft saved.");

    browser.open("/installation-requests.xhtml").waitFor("#list\\:table");
    browser.choose("#list\\:stateFilter", "li[data-label='Draft']").settle();
    browser.click("#list\\:table\\:0\\:resume").waitFor("#wizard\\:partnerId_input");
    assertThat(browser.find("#wizard\\:partnerId_input").getAttribute("value")).isEqualTo(partner);
    assertThat(browser.find("#wizard\\:customerId_input").getAttribute("value")).isEqualTo(mine);
  }

  private String name(long organization, Tenants.Account reader) {
    return tenants
        .api()
        .get("/api/v1/organizations/" + organization, reader.token())
        .json()
        .getString("name");
  }

  /** Sorts the queue by the time in state, newest first (a header clicked twice). */
  private void newestFirst() {
    browser.click("#list\\:table\\:stateSince").settle();
    browser.click("#list\\:table\\:stateSince").settle();
    assertThat(browser.find("#list\\:table\\:stateSince").getAttribute("aria-sort"))
        .isEqualTo("descending");
  }

  /** The texts of one column of a PrimeFaces data table, row by row. */
  private List<String> column(String table, int index) {
    return browser.driver().findElements(By.cssSelector(table + " tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")).get(index).getText())
        .toList();
  }

  private String row(String table, int index) {
    return browser
        .driver()
        .findElements(By.cssSelector(table + " tbody tr"))
        .get(index)
        .getText()
        .replace('\n', ' ');
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
    browser.open("/installation-request.xhtml").waitForText("Not found.");
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
