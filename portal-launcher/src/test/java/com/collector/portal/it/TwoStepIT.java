package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Two-step sign-in with an authenticator app (RFC 6238) and recovery codes. */
@ExtendWith(PortalServer.class)
class TwoStepIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();

  @Test
  void setUpShowsAScannableQrCodeAndAFirstCodeTurnsItOn() throws Exception {
    Tenants.Account user = tenants.partnerAdmin("two-step-setup");
    Api.Reply setup = api.post("/api/v1/me/two-step/authenticator", null, user.token());
    assertThat(setup.status()).as(setup.body()).isEqualTo(200);
    assertThat(setup.header("Cache-Control")).contains("no-store");
    JsonObject body = setup.json();
    String secret = body.getString("secret");
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(body.getString("otpauthUri"))
        .startsWith("otpauth://totp/Collector%20Portal:")
        .contains("secret=" + secret)
        .contains("issuer=Collector%20Portal");
    assertThat(decodeQr(body.getString("qrCode"))).isEqualTo(body.getString("otpauthUri"));

    Api.Reply wrong =
        api.post("/api/v1/me/two-step/authenticator/confirmation", code("000000"), user.token());
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.problemFields()).isEqualTo("code");
    assertThat(api.get("/api/v1/me/two-step", user.token()).json().getBoolean("enabled")).isFalse();

    Authenticators.remember(user.email(), secret);
    Api.Reply confirmed =
        api.post(
            "/api/v1/me/two-step/authenticator/confirmation",
            code(Authenticators.nextCode(user.email())),
            user.token());
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    List<String> recovery = strings(confirmed.json());
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
    assertThat(recovery).allMatch(c -> c.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));

    JsonObject status = api.get("/api/v1/me/two-step", user.token()).json();
    assertThat(status.getBoolean("enabled")).isTrue();
    assertThat(status.getBoolean("required")).isFalse();
    assertThat(status.getInt("recoveryCodesLeft")).isEqualTo(10);
    assertThat(api.post("/api/v1/me/two-step/authenticator", null, user.token()).status())
        .as("a second set-up while one is on")
        .isEqualTo(409);
  }

  @Test
  void theTokenEndpointAsksForTheCodeAcceptsOneStepOfSkewAndRefusesReplays() {
    Tenants.Account user = tenants.partnerAdmin("two-step-token");
    Authenticators.remember(
        user.email(),
        api.post("/api/v1/me/two-step/authenticator", null, user.token())
            .json()
            .getString("secret"));
    Authenticators.awayFromStepEdge();
    Api.Reply late =
        api.post(
            "/api/v1/me/two-step/authenticator/confirmation",
            code(Authenticators.codeAt(user.email(), -1)),
            user.token());
    assertThat(late.status()).as("a code of the previous step: " + late.body()).isEqualTo(200);

    Api.Reply missing =
        api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), user.password()), null);
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.json().getString("type")).endsWith("second-factor-required");
    assertThat(token(user, Authenticators.codeAt(user.email(), -1)).status())
        .as("the same code again")
        .isEqualTo(401);
    assertThat(token(user, Authenticators.codeAt(user.email(), 0)).status()).isEqualTo(200);
    Api.Reply early = token(user, Authenticators.codeAt(user.email(), 1));
    assertThat(early.status()).as("a code of the next step: " + early.body()).isEqualTo(200);
    Authenticators.used(user.email(), 1);
    assertThat(token(user, Authenticators.codeAt(user.email(), 0)).status())
        .as("an older code than one used")
        .isEqualTo(401);

    Tenants.Account other = withAuthenticator("two-step-skew");
    Authenticators.awayFromStepEdge();
    assertThat(token(other, Authenticators.codeAt(other.email(), -2)).status())
        .as("two steps late")
        .isEqualTo(401);
    assertThat(token(other, Authenticators.codeAt(other.email(), 2)).status())
        .as("two steps early")
        .isEqualTo(401);
    assertThat(token(other, "12345").status()).isEqualTo(401);
  }

  @Test
  void aRecoveryCodeWorksOnceAndRenewingReplacesThemAll() {
    Tenants.Account user = tenants.partnerAdmin("two-step-recovery");
    List<String> codes = strings(tenants.enrolAuthenticator(user.email(), user.password()));

    assertThat(token(user, codes.get(0).toUpperCase()).status()).isEqualTo(200);
    assertThat(token(user, codes.get(0)).status()).as("used once").isEqualTo(401);

    String access =
        token(user, Authenticators.nextCode(user.email())).json().getString("accessToken");
    assertThat(api.get("/api/v1/me/two-step", access).json().getInt("recoveryCodesLeft"))
        .isEqualTo(9);
    Api.Reply renewed =
        api.post(
            "/api/v1/me/two-step/recovery-codes",
            code(Authenticators.nextCode(user.email())),
            access);
    assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
    assertThat(token(user, codes.get(1)).status()).as("old codes are gone").isEqualTo(401);
    assertThat(token(user, strings(renewed.json()).get(0)).status()).isEqualTo(200);
  }

  @Test
  void vendorStaffMustSetItUpAndCannotTurnItOff() {
    long vendor = tenants.vendorOrganizationId();
    String email = Tenants.unique("agent").toLowerCase() + "@example.test";
    Api.Reply created =
        api.post(
            "/api/v1/users",
            ("{\"organizationId\":%d,\"email\":\"%s\",\"displayName\":\"Agent\",\"language\":\"en\","
                    + "\"roles\":[\"VENDOR_AGENT\"],\"initialPassword\":\"Initial-password-42\"}")
                .formatted(vendor, email),
            tenants.vendorAdmin());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/auth/password",
                    "{\"email\":\"%s\",\"currentPassword\":\"Initial-password-42\",\"newPassword\":\"%s\"}"
                        .formatted(email, Tenants.PASSWORD),
                    null)
                .status())
        .isEqualTo(204);

    Api.Reply refused =
        api.post("/api/v1/auth/token", AuthIT.credentials(email, Tenants.PASSWORD), null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("type")).endsWith("second-factor-enrolment-required");

    String access = tenants.token(email, Tenants.PASSWORD);
    assertThat(api.get("/api/v1/me/two-step", access).json().getBoolean("required")).isTrue();
    Api.Reply off =
        api.post("/api/v1/me/two-step/disable", code(Authenticators.nextCode(email)), access);
    assertThat(off.status()).isEqualTo(403);
    assertThat(
            api.post(
                    "/api/v1/auth/second-factor/enrolment",
                    "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, Tenants.PASSWORD),
                    null)
                .status())
        .as("set up already")
        .isEqualTo(409);
  }

  @Test
  void othersMayTurnItOffWithACurrentCode() {
    Tenants.Account user = withAuthenticator("two-step-off");
    String access = tenants.token(user.email(), user.password());
    assertThat(api.post("/api/v1/me/two-step/disable", code("000000"), access).status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/api/v1/me/two-step/disable",
                    code(Authenticators.nextCode(user.email())),
                    access)
                .status())
        .isEqualTo(204);
    Authenticators.forget(user.email());
    assertThat(
            api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), user.password()), null)
                .status())
        .isEqualTo(200);
  }

  @Test
  void wrongCodesCountTowardsTheSignInThrottleEvenWithTheRightPassword() {
    Tenants.Account user = withAuthenticator("two-step-guess");
    int status = 0;
    for (int attempt = 0; attempt < 8 && status != 429; attempt++) {
      status = token(user, "%06d".formatted(attempt * 7919 % 1_000_000)).status();
    }
    assertThat(status).isEqualTo(429);
  }

  @Test
  void aManagerResetsItForAUserOfTheirSubtreeOnly() {
    Tenants.Account admin = tenants.partnerAdmin("two-step-reset");
    Tenants.Account user = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    tenants.enrolAuthenticator(user.email(), user.password());
    Tenants.Account stranger = tenants.partnerAdmin("two-step-stranger");
    String path = "/api/v1/users/" + user.id() + "/two-step/reset";

    assertThat(api.post(path, null, stranger.token()).status()).isEqualTo(404);
    assertThat(api.post(path, null, tenants.token(user.email(), user.password())).status())
        .isEqualTo(403);
    assertThat(
            api.post("/api/v1/users/" + admin.id() + "/two-step/reset", null, admin.token())
                .status())
        .as("own account")
        .isEqualTo(403);
    assertThat(api.post(path, null, admin.token()).status()).isEqualTo(204);
    assertThat(api.post(path, null, admin.token()).status()).as("nothing left").isEqualTo(409);

    Authenticators.forget(user.email());
    assertThat(
            api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), user.password()), null)
                .status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/audit/export", admin.token()).body())
        .contains("user.two-step-reset");
  }

  @Test
  void anApiTokenCannotChangeHowItsOwnerSignsIn() {
    Tenants.Account user = tenants.partnerAdmin("two-step-token-owner");
    String secret =
        api.post(
                "/api/v1/api-tokens",
                "{\"name\":\"ci\",\"rights\":[\"VIEW\"],\"days\":1}",
                user.token())
            .json()
            .getString("secret");

    assertThat(api.post("/api/v1/me/two-step/authenticator", null, secret).status()).isEqualTo(403);
    assertThat(
            api.post(
                    "/api/v1/api-tokens",
                    "{\"name\":\"more\",\"rights\":[\"VIEW\"],\"days\":1}",
                    secret)
                .status())
        .as("no token minted by a token")
        .isEqualTo(403);
  }

  @Test
  void thePageAsksForTheCodeAfterThePassword() {
    Tenants.Account user = withAuthenticator("two-step-page");
    try (Browser browser = new Browser(server)) {
      browser
          .open("/login.xhtml")
          .type("#login\\:email", user.email())
          .type("#login\\:password", user.password())
          .click("#login\\:submit")
          .waitFor("#code\\:otp")
          .type("#code\\:otp", "000000")
          .click("#code\\:verify")
          .waitForText("The code is wrong or was used already.");
      assertThat(browser.url()).contains("login.xhtml");
      browser
          .type("#code\\:otp", Authenticators.nextCode(user.email()))
          .click("#code\\:verify")
          .waitForText("Welcome");
    }
  }

  @Test
  void vendorStaffSetItUpOnThePageBeforeAnythingElse() {
    long vendor = tenants.vendorOrganizationId();
    Tenants.Account agent = tenants.user(vendor, "VENDOR_AGENT", tenants.vendorAdmin());
    String user = "/api/v1/users/" + agent.id();
    assertThat(api.get(user, tenants.vendorAdmin()).json().getBoolean("twoStepEnabled")).isTrue();
    try (Browser admin = new Browser(server)) {
      admin.signIn(PortalServer.ADMIN_EMAIL, Tenants.PASSWORD).waitForText("Welcome");
      admin.open("/users.xhtml").type("#list\\:search", agent.email());
      new WebDriverWait(admin.driver(), Duration.ofSeconds(15))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElements(By.cssSelector("#list\\:table_data tr")).size() == 1
                      && d.findElement(By.id("list:table")).getText().contains(agent.email()));
      admin.click("#list\\:table\\:0\\:resetTwoStep").click("#list\\:confirmYes");
      admin.waitForText("Two-step sign-in is reset.");
    }
    assertThat(api.get(user, tenants.vendorAdmin()).json().getBoolean("twoStepEnabled")).isFalse();
    Authenticators.forget(agent.email());

    try (Browser browser = new Browser(server)) {
      browser.signIn(agent.email(), agent.password()).waitForText("requires two-step sign-in");
      assertThat(browser.url()).contains("two-step.xhtml");
      browser.open("/users.xhtml").waitForText("requires two-step sign-in");
      assertThat(browser.url()).as("other pages stay closed").contains("two-step.xhtml");

      browser.click("#twoStep\\:begin").waitFor("#secret");
      Authenticators.remember(agent.email(), browser.find("#secret").getText());
      browser
          .type("#twoStep\\:confirmCode", Authenticators.nextCode(agent.email()))
          .click("#twoStep\\:confirm")
          .waitForText("Recovery codes");
      assertThat(browser.driver().findElements(By.cssSelector("#codes li"))).hasSize(10);
      browser.open("/users.xhtml");
      assertThat(browser.url()).contains("users.xhtml");
    }
  }

  private Tenants.Account withAuthenticator(String prefix) {
    Tenants.Account user = tenants.partnerAdmin(prefix);
    tenants.enrolAuthenticator(user.email(), user.password());
    return user;
  }

  private Api.Reply token(Tenants.Account user, String otp) {
    return api.post(
        "/api/v1/auth/token",
        "{\"email\":%s,\"password\":%s,\"otp\":%s}"
            .formatted(Api.quote(user.email()), Api.quote(user.password()), Api.quote(otp)),
        null);
  }

  private static String code(String code) {
    return "{\"code\":\"" + code + "\"}";
  }

  private static List<String> strings(JsonObject json) {
    return json.getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static String decodeQr(String dataUri) throws Exception {
    byte[] png = Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
        .getText();
  }
}
