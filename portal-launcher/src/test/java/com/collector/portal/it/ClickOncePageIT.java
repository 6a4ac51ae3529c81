package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.clickonce.PublishFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A release manager uploads a Collector ClickOnce publish on releases.xhtml, publishes it and sees
 * on clickonce.xhtml what its channel serves, with a link to the signed deployment manifest.
 */
@ExtendWith(PortalServer.class)
class ClickOncePageIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aReleaseManagerUploadsAnAppReleaseAndSeesWhatItsChannelServes() throws Exception {
    Tenants.Account manager =
        tenants.user(tenants.vendorOrganizationId(), "RELEASE_MANAGER", tenants.vendorAdmin());
    String version = "65300." + new Random().nextInt(60000) + ".0.1";
    String channel = Tenants.unique("page").toLowerCase();
    Path zip = Files.createTempFile("publish-", ".zip");
    Files.write(zip, PublishFixture.of(version).zip());

    browser.signIn(manager.email(), manager.password()).waitForText("Welcome");
    // The app comes first and is shown at once.
    browser.open("/releases.xhtml").waitForText("Releases of collector");
    browser.type("#upload\\:version", version).type("#upload\\:channel", channel);
    browser.driver().findElement(By.id("upload:package_input")).sendKeys(zip.toString());
    browser.click("#upload\\:package .ui-fileupload-upload");
    browser.waitForText("the release is a draft");
    browser
        .driver()
        .findElement(
            By.xpath("//tr[contains(., '" + version + "')]//button[contains(@id, 'publish')]"))
        .click();
    browser.waitForText("has been published");

    browser.click("#products\\:clickonce").waitForText("ClickOnce channels").waitForText(channel);
    String row =
        browser.driver().findElement(By.xpath("//tr[contains(., '" + channel + "')]")).getText();
    assertThat(row).contains(version).contains("publicKeyToken");
    String href =
        browser
            .driver()
            .findElement(
                By.xpath("//tr[contains(., '" + channel + "')]//a[contains(@id, 'download')]"))
            .getAttribute("href");
    assertThat(href)
        .isEqualTo(server.baseUrl() + "/clickonce/" + channel + "/Collector.application");
    Files.delete(zip);
  }

  @Test
  void aReleaseInRolloutIsShownWithItsPercentageBesideWhatEveryoneGets() {
    Updating updating = new Updating(server, tenants);
    Tenants.Account manager =
        tenants.user(tenants.vendorOrganizationId(), "RELEASE_MANAGER", tenants.vendorAdmin());
    String base = "65300." + new Random().nextInt(60000) + ".0.";
    String channel = Tenants.unique("page-ring").toLowerCase();
    updating.publishApp(base + "1", channel, false, 100);
    updating.publishApp(base + "2", channel, true, 30);

    browser.signIn(manager.email(), manager.password()).waitForText("Welcome");
    browser.open("/clickonce.xhtml").waitForText(channel);
    String row =
        browser.driver().findElement(By.xpath("//tr[contains(., '" + channel + "')]")).getText();

    assertThat(row).contains(base + "1").contains(base + "2 — 30 % (mandatory)");
  }

  @Test
  void thePageIsClosedToThoseWhoDoNotPublish() {
    Tenants.Account partner = tenants.partnerAdmin("clickonce-page");

    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");
    browser.open("/clickonce.xhtml");

    assertThat(browser.driver().getPageSource()).contains("403").doesNotContain("publicKeyToken");
  }
}
