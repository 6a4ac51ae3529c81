package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Managers' pages in Chromium: user actions on the users page, the vendor's outbox. */
@ExtendWith(PortalServer.class)
class AdministrationPagesIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theUsersPageFiltersInviteesResendsTheirInvitationAndForcesAReset() {
    Tenants.Account admin = tenants.partnerAdmin("page-actions");
    String invitee = invite(admin, "page-pending");
    Tenants.Account user = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");
    browser.open("/users.xhtml").waitForText(user.email());

    browser.choose("#list\\:status", "li[data-label='Invited']");
    waitUntilTableLacks(user.email());
    assertThat(browser.find("#list\\:table").getText()).contains(invitee).contains("Invited");
    browser.click("#list\\:table\\:0\\:resend").waitForText("A new invitation has been mailed");
    assertThat(InvitationsIT.lastMailTo(server, invitee, 2)).contains("accept-invitation");

    try (Browser usersOwn = new Browser(server)) {
      usersOwn.signIn(user.email(), user.password()).waitForText("Welcome");
      browser.choose("#list\\:status", "li[data-label='Any status']");
      browser.type("#list\\:search", user.email());
      waitUntilTableLacks(invitee);
      browser.click("#list\\:table\\:0\\:reset").click("#list\\:confirmYes");
      browser.waitForText("The password has been reset");

      assertThat(InvitationsIT.lastMailTo(server, user.email(), 1))
          .contains("/reset-password.xhtml?token=");
      usersOwn.open("/users.xhtml");
      assertThat(usersOwn.url()).as("the user's page session ended").contains("/login.xhtml");
    }
    assertThat(
            api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), user.password()), null)
                .status())
        .isEqualTo(401);
  }

  @Test
  void aManagerInvitesFromThePageAndFiltersByOrganization() {
    Tenants.Account admin = tenants.partnerAdmin("page-invite");
    long customerId = tenants.organization(admin.organizationId(), "Invited Shop", admin.token());
    String customer =
        api.get("/api/v1/organizations/" + customerId, admin.token()).json().getString("name");
    String invitee = Tenants.unique("page-invitee").toLowerCase() + "@example.test";
    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");
    browser.open("/users.xhtml").waitForText(admin.email());

    browser.click("#list\\:invite").waitForText("The invitee gets a link");
    browser
        .pick("#edit\\:organization", customer, customer + " (Customer)")
        .type("#edit\\:email", invitee)
        .type("#edit\\:displayName", "Page Invitee");
    browser.driver().findElement(By.xpath("//label[text()='Customer user']")).click();
    assertThat(browser.driver().findElements(By.id("edit:initialPassword")))
        .as("an invitee chooses their own password")
        .isEmpty();
    browser.click("#edit\\:save").waitForText("The invitation is on its way.");
    assertThat(InvitationsIT.lastMailTo(server, invitee, 1)).contains("/accept-invitation.xhtml");

    browser.pick("#list\\:organizationFilter", customer, customer);
    waitUntilTableLacks(admin.email());
    assertThat(browser.find("#list\\:table").getText()).contains(invitee).contains("Invited");
    assertThat(
            api.get("/api/v1/users?organizationId=" + customerId + "&status=invited", admin.token())
                .body())
        .contains(invitee);
  }

  @Test
  void aPartnerFindsACustomerBeyondWhatAListHoldsByNameAndNoOtherPartnersOne() {
    Tenants.Account admin = tenants.partnerAdmin("page-many");
    // A full page of customers (200) sorting before the one looked for, which a list left out.
    for (int i = 0; i < 200; i++) {
      tenants.organization(admin.organizationId(), "bulk", admin.token());
    }
    long lastId = tenants.organization(admin.organizationId(), "zz-last", admin.token());
    String last = tenants.name(lastId, admin);
    Tenants.Account member = tenants.user(lastId, "CUSTOMER_USER", admin.token());
    Tenants.Account other = tenants.partnerAdmin("page-many-other");
    String theirs =
        tenants.name(tenants.organization(other.organizationId(), "zz-last", other.token()), other);
    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");
    browser.open("/users.xhtml").waitForText(admin.email());

    assertThat(browser.offered("#list\\:organizationFilter", "zz-last", last))
        .containsExactly(last)
        .doesNotContain(theirs);
    browser.pick("#list\\:organizationFilter", "zz-last", last);
    waitUntilTableLacks(admin.email());
    assertThat(browser.find("#list\\:table").getText()).contains(member.email());
    browser.clearChoice("#list\\:organizationFilter").waitForText(admin.email());

    browser.click("#list\\:create").waitFor("#edit\\:organization_input");
    assertThat(browser.offered("#edit\\:organization", "zz-last", last + " (Customer)"))
        .containsExactly(last + " (Customer)");
  }

  @Test
  void aManagerUnlocksALockedAccountOnTheUsersPage() {
    Tenants.Account admin = tenants.partnerAdmin("page-unlock");
    Tenants.Account user = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    for (int attempt = 1; attempt <= 5; attempt++) {
      api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), "bad-" + attempt), null);
    }
    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");

    browser.open("/users.xhtml").waitForText("Locked after repeated failed sign-ins");
    assertThat(browser.find("#list\\:locked").getText()).contains(user.email()).contains("5");
    browser.click("#list\\:locked\\:0\\:unlock").waitForText("The account can sign in again.");

    assertThat(browser.driver().findElements(By.id("list:locked"))).isEmpty();
    assertThat(
            api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), user.password()), null)
                .status())
        .isEqualTo(200);
  }

  @Test
  void theVendorAdministratorReadsKeptMailsInTheOutbox() {
    tenants.vendorAdmin();
    Tenants.Account partnerAdmin = tenants.partnerAdmin("page-outbox");
    String invitee = invite(partnerAdmin, "outbox-reader");
    browser.signIn(PortalServer.ADMIN_EMAIL, Tenants.PASSWORD).waitForText("Welcome");

    browser.click("#nav\\:outbox").waitForText(invitee);
    browser
        .driver()
        .findElement(By.xpath("//tr[td[text()='" + invitee + "']]//button[contains(@id,'open')]"))
        .click();

    assertThat(browser.find("#recipient").getText()).isEqualTo(invitee);
    assertThat(browser.find("#body").getText()).contains("/accept-invitation.xhtml?token=");
    assertThat(browser.find("#list\\:table").getText()).contains("Sent");
  }

  @Test
  void aPartnerAdministratorHasNoOutbox() {
    Tenants.Account partnerAdmin = tenants.partnerAdmin("page-no-outbox");
    String invitee = invite(partnerAdmin, "outbox-hidden");
    browser.signIn(partnerAdmin.email(), partnerAdmin.password()).waitForText("Welcome");

    assertThat(browser.driver().findElements(By.id("nav:outbox"))).as("menu").isEmpty();
    browser.open("/outbox.xhtml");

    assertThat(browser.driver().getPageSource()).contains("403").doesNotContain(invitee);
    assertThat(browser.driver().findElements(By.id("list:table"))).isEmpty();
  }

  private String invite(Tenants.Account admin, String prefix) {
    String email = Tenants.unique(prefix).toLowerCase() + "@example.test";
    Api.Reply invited =
        api.post(
            "/api/v1/invitations",
            "{\"organizationId\":%d,\"email\":\"%s\",\"language\":\"en\",\"roles\":[\"PARTNER_USER\"]}"
                .formatted(admin.organizationId(), email),
            admin.token());
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    return email;
  }

  private void waitUntilTableLacks(String text) {
    // The table is re-rendered by ajax while this looks at it: a stale element is looked up again.
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id("list:table")).getText().contains(text));
  }
}
