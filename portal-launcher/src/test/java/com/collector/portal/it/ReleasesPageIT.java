package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A release manager uploads and publishes a plugin release on releases.xhtml. */
@ExtendWith(PortalServer.class)
class ReleasesPageIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aReleaseManagerUploadsAPackageWithProgressAndPublishesIt() throws Exception {
    Tenants.Account manager =
        tenants.user(tenants.vendorOrganizationId(), "RELEASE_MANAGER", tenants.vendorAdmin());
    String code = Tenants.unique("page-plugin");
    JsonObject product =
        api.post(
                "/api/v1/products",
                "{\"code\":%s,\"nameEn\":\"Page\",\"nameFr\":\"Page\",\"nameNl\":\"Pagina\"}"
                    .formatted(Api.quote(code)),
                manager.token())
            .json();
    Path pkg = Files.createTempFile("plugin-", ".zip");
    Files.write(pkg, PluginPackages.plugin(code, "3.1.0", null));

    browser.signIn(manager.email(), manager.password()).waitForText("Welcome");
    browser.click("#nav\\:releases").waitForText(code);
    browser
        .driver()
        .findElement(By.xpath("//tr[contains(., '" + code + "')]//button[contains(@id, 'show')]"))
        .click();
    browser.waitForText("Releases of " + code);
    browser.type("#upload\\:version", "3.1.0").type("#upload\\:channel", "beta");
    browser.driver().findElement(By.id("upload:package_input")).sendKeys(pkg.toString());
    browser.click("#upload\\:package .ui-fileupload-upload");
    browser.waitForText("the release is a draft");

    assertThat(browser.find("#releases\\:table").getText()).contains("3.1.0").contains("beta");
    browser.click("#releases\\:table button[id$='publish']").waitForText("has been published");
    Api.Reply releases =
        api.get("/api/v1/products/" + product.getInt("id") + "/releases", manager.token());
    assertThat(releases.body())
        .contains("\"version\":\"3.1.0\"")
        .contains("\"channel\":\"beta\"")
        .contains("\"state\":\"PUBLISHED\"")
        .contains(PluginPackages.sha256Hex(Files.readAllBytes(pkg)));
    Files.delete(pkg);
  }

  @Test
  void thePageIsClosedToThoseWhoDoNotPublish() {
    Tenants.Account partner = tenants.partnerAdmin("releases-page");

    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");

    assertThat(browser.driver().findElements(By.id("nav:releases"))).as("menu").isEmpty();
    browser.open("/releases.xhtml");
    assertThat(browser.driver().getPageSource()).contains("403").doesNotContain("Upload a release");
    assertThat(browser.driver().findElements(By.id("upload:package_input"))).isEmpty();
  }
}
