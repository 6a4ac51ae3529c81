package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.interactions.Actions;

/** What users do for their own account in Chromium: reset a password, keep API tokens. */
@ExtendWith(PortalServer.class)
class AccountPagesIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aForgottenPasswordIsResetThroughTheMailedLinkFromTheSignInPage() {
    Tenants.Account user = tenants.partnerAdmin("page-reset");
    String chosen = "Reset-in-the-browser-2026";

    browser.open("/login.xhtml").click("#login\\:forgot");
    browser.type("#reset\\:email", user.email()).click("#reset\\:request");
    browser.waitForText("If this e-mail has an account");
    Matcher link =
        UserAdministrationIT.RESET_LINK.matcher(InvitationsIT.lastMailTo(server, user.email(), 1));
    assertThat(link.find()).isTrue();
    browser.driver().get(link.group(1) + link.group(2));
    browser.type("#reset\\:password", chosen).type("#reset\\:confirmation", chosen);
    browser.click("#reset\\:submit").waitForText("Your password has been changed");

    assertThat(browser.url()).contains("/login.xhtml");
    browser.signIn(user.email(), chosen).waitForText("Welcome");
    assertThat(
            api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), user.password()), null)
                .status())
        .as("the old password")
        .isEqualTo(401);
  }

  @Test
  void aTokenIsCreatedWithSomeOfTheUsersRightsShownOnceAndRevoked() {
    Tenants.Account admin = tenants.partnerAdmin("page-tokens");
    Tenants.Account user = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    browser.signIn(user.email(), user.password()).waitForText("Welcome");

    // The account submenu opens on hover.
    new Actions(browser.driver()).moveToElement(browser.find("#nav\\:account")).perform();
    browser.click("#nav\\:apiTokens").click("#list\\:create");
    assertThat(browser.find("#edit\\:rights").getText())
        .as("only the user's own rights are offered")
        .contains("View information", "Request installations")
        .doesNotContain("Manage users");
    browser.type("#edit\\:name", "nightly export").click("label[for='edit:rights:0']");
    browser.type("#edit\\:days", "30").click("#edit\\:save");
    String secret = browser.find("#secret\\:value").getAttribute("value");

    assertThat(secret).startsWith("cpat_");
    assertThat(api.get("/api/v1/me", secret).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/api-tokens", user.token()).body())
        .contains("\"rights\":[\"VIEW\"]")
        .contains("nightly export");
    browser.click("#secret\\:done");
    browser.open("/api-tokens.xhtml").waitForText("nightly export");
    assertThat(browser.driver().getPageSource()).as("shown once").doesNotContain(secret);
    assertThat(browser.find("#list\\:table").getText()).contains("Active");

    browser.click("#list\\:table\\:0\\:revoke").click("#list\\:confirmYes");
    browser.waitForText("The token has been revoked.");

    assertThat(browser.find("#list\\:table").getText()).contains("Revoked");
    assertThat(api.get("/api/v1/me", secret).status()).isEqualTo(401);
  }
}
