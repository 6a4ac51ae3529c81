package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pages in a real Chromium against the running portal. */
@ExtendWith(PortalServer.class)
class PagesIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Browser browser = new Browser(PortalServer.get());

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void pagesNeedASignIn() {
    browser.open("/organizations.xhtml");

    assertThat(browser.url()).contains("/login.xhtml");
    assertThat(browser.find("#login\\:submit").isDisplayed()).isTrue();
  }

  @Test
  void aWrongPasswordShowsAMessageAndNoSession() {
    Tenants.Account user = tenants.partnerAdmin("page-wrong");

    browser.signIn(user.email(), "not-the-password").waitForText("Wrong e-mail or password");

    assertThat(browser.url()).contains("/login.xhtml");
    browser.open("/index.xhtml");
    assertThat(browser.url()).contains("/login.xhtml");
  }

  @Test
  void signInShowsTheHomePageWithOrganizationAndRights() {
    Tenants.Account user = tenants.partnerAdmin("page-home");

    browser.signIn(user.email(), user.password()).waitForText("Welcome");

    assertThat(browser.find("#organizationName").getText()).startsWith("page-home");
    assertThat(browser.text()).contains("Manage users").doesNotContain("Publish releases");
  }

  @Test
  void vendorAdminCreatesAPartnerAndThePartnerAdminCreatesACustomer() {
    tenants.vendorAdmin();
    String partnerName = Tenants.unique("UI Partner");
    browser.signIn(PortalServer.ADMIN_EMAIL, Tenants.PASSWORD).waitForText("Welcome");
    createOrganization(partnerName);
    long partnerId =
        tenants
            .api()
            .get(
                "/api/v1/organizations?q=" + partnerName.replace(" ", "%20"), tenants.vendorAdmin())
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Tenants.Account partnerAdmin = tenants.user(partnerId, "PARTNER_ADMIN", tenants.vendorAdmin());
    browser.click("#nav\\:signOut").find("#login\\:submit");

    String customerName = Tenants.unique("UI Customer");
    browser.signIn(partnerAdmin.email(), partnerAdmin.password()).waitForText("Welcome");
    browser.open("/organizations.xhtml").click("#list\\:create");
    browser.type("#edit\\:name", customerName).type("#edit\\:vatNumber", "BE0417497107");
    browser.click("#edit\\:save").waitForText("has wrong check digits");
    browser.type("#edit\\:vatNumber", "BE 0417.497.106").click("#edit\\:save");
    browser.waitForText("The organization has been created.");
    browser.type("#list\\:search", customerName).waitForText(customerName);

    assertThat(browser.find("#list\\:table").getText())
        .contains(customerName)
        .contains("BE0417497106")
        .doesNotContain(partnerName.substring(0, 10) + "x");
    assertThat(
            tenants
                .api()
                .get(
                    "/api/v1/organizations?q=" + customerName.replace(" ", "%20"),
                    partnerAdmin.token())
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("kind"))
        .isEqualTo("CUSTOMER");
  }

  @Test
  void aPartnerAdminSeesOnlyTheirOwnOrganizationsInTheTable() {
    Tenants.Account a = tenants.partnerAdmin("page-tenant-a");
    Tenants.Account b = tenants.partnerAdmin("page-tenant-b");
    tenants.organization(b.organizationId(), "hidden-customer", b.token());

    browser.signIn(a.email(), a.password()).waitForText("Welcome");
    browser.open("/organizations.xhtml").waitForText("page-tenant-a");

    assertThat(browser.find("#list\\:table").getText())
        .doesNotContain("page-tenant-b")
        .doesNotContain("hidden-customer");
    browser.click("#list\\:create").find("#edit\\:name");
    assertThat(browser.driver().getPageSource())
        .as("the parent choices of the create dialog")
        .contains("page-tenant-a")
        .doesNotContain("page-tenant-b")
        .doesNotContain("hidden-customer");
  }

  @Test
  void switchingToFrenchShowsThePagesInFrenchAndIsRemembered() {
    Tenants.Account user = tenants.partnerAdmin("page-french");
    browser.signIn(user.email(), user.password()).waitForText("Welcome");

    browser.click("#nav\\:lang-fr").waitForText("Bienvenue");

    assertThat(browser.text()).contains("Votre organisation").contains("Gérer les utilisateurs");
    assertThat(
            tenants
                .api()
                .get("/api/v1/me", user.token())
                .json()
                .getJsonObject("user")
                .getString("language"))
        .isEqualTo("fr");
  }

  @Test
  void theVendorAdministratorVerifiesTheAuditChainFromTheAuditPage() {
    tenants.vendorAdmin();
    browser.signIn(PortalServer.ADMIN_EMAIL, Tenants.PASSWORD).waitForText("Welcome");

    browser.open("/audit.xhtml").waitForText("sign-in.succeeded").click("#list\\:verify");

    browser.waitForText("The audit log is intact.");
  }

  @Test
  void aPartnerAdminAddsAUserOnTheUsersPageAndDisablesThem() {
    Tenants.Account admin = tenants.partnerAdmin("page-users");
    String email = Tenants.unique("page-user").toLowerCase() + "@example.test";
    browser.signIn(admin.email(), admin.password()).waitForText("Welcome");

    browser.open("/users.xhtml").click("#list\\:create");
    browser.type("#edit\\:email", email).type("#edit\\:displayName", "Page User");
    browser.click("label[for='edit:roles:1']");
    browser
        .type("#edit\\:initialPassword_input, #edit\\:initialPassword", "Initial-password-77")
        .click("#edit\\:save");
    browser.waitForText("The user has been created");
    browser.type("#list\\:search", email).waitForText(email);
    browser.click("#list\\:table\\:0\\:roles").find("#rolesForm\\:save");
    browser.click("label[for='rolesForm:roles:0']").click("#rolesForm\\:save");
    browser.waitForText("The roles have been changed.");
    browser.click("#list\\:table\\:0\\:disable").waitForText("The user has been disabled.");

    Api.Reply listed = tenants.api().get("/api/v1/users?status=disabled&q=" + email, admin.token());
    assertThat(listed.json().getInt("total")).isEqualTo(1);
    assertThat(
            listed.json().getJsonArray("items").getJsonObject(0).getJsonArray("roles").toString())
        .as("PARTNER_ADMIN added in the roles dialog")
        .isEqualTo("[\"PARTNER_ADMIN\",\"PARTNER_USER\"]");
  }

  @Test
  void anInviteeSetsUpTheAccountFromTheMailedLinkAndSignsIn() {
    Tenants.Account admin = tenants.partnerAdmin("page-invite");
    String email = Tenants.unique("page-invitee").toLowerCase() + "@example.test";
    tenants
        .api()
        .post(
            "/api/v1/invitations",
            "{\"organizationId\":%d,\"email\":\"%s\",\"language\":\"en\",\"roles\":[\"PARTNER_USER\"]}"
                .formatted(admin.organizationId(), email),
            admin.token());
    String link = InvitationsIT.linkIn(InvitationsIT.lastMailTo(PortalServer.get(), email, 1));

    browser.driver().get(link);
    browser
        .type("#accept\\:displayName", "Paula Page")
        .type("#accept\\:password", Tenants.PASSWORD);
    browser.type("#accept\\:confirmation", Tenants.PASSWORD).click("#accept\\:submit");
    browser.waitForText("Your account is ready");
    browser.signIn(email, Tenants.PASSWORD).waitForText("Welcome, Paula Page");
  }

  private void createOrganization(String name) {
    browser.open("/organizations.xhtml").click("#list\\:create");
    browser.type("#edit\\:name", name).click("#edit\\:save");
    browser.waitForText("The organization has been created.");
    // The table pages on the server: find the new row through the search box.
    browser.type("#list\\:search", name).waitForText(name);
  }
}
