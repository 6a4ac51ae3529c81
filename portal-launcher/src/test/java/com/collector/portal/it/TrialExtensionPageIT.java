package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Extending a trial on the subscription page, in Chromium. */
@ExtendWith(PortalServer.class)
class TrialExtensionPageIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Subscribing subscribing = new Subscribing(server, tenants);
  private final Browser browser = new Browser(server);

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aPartnerExtendsATrialOnThePageAndAPastDayIsRefusedAtTheField() {
    Tenants.Account partner = tenants.partnerAdmin("detail-trial");
    long customer = tenants.organization(partner.organizationId(), "Trial Shop", partner.token());
    long id = subscribing.order(customer, subscribing.plan(14), false, partner);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    browser.signIn(partner.email(), partner.password()).waitForText("Welcome");
    browser.open("/subscription.xhtml?id=" + id).waitFor("#subscription\\:extendTrial");
    browser.click("#subscription\\:extendTrial").waitFor("#trial\\:until_input");
    typeDay(today.minusDays(2));
    browser.click("#trial\\:save").waitForText("is in the past");
    assertThat(Subscribing.types(subscribing.subscription(id, partner))).containsExactly("ORDERED");

    typeDay(today.plusDays(40));
    browser.click("#trial\\:save").waitForText("The trial has been extended.");
    JsonObject extended = subscribing.subscription(id, partner);
    assertThat(Subscribing.types(extended)).containsExactly("ORDERED", "TRIAL_EXTENDED");
    assertThat(Instant.parse(extended.getString("trialEndsAt")))
        .isEqualTo(today.plusDays(41).atStartOfDay(ZoneOffset.UTC).toInstant());

    Tenants.Account customerAdmin = tenants.user(customer, "CUSTOMER_ADMIN", partner.token());
    try (Browser own = new Browser(server)) {
      own.signIn(customerAdmin.email(), customerAdmin.password()).waitForText("Welcome");
      own.open("/subscription.xhtml?id=" + id).waitFor("#subscription\\:state");
      assertThat(own.driver().findElements(By.id("subscription:extendTrial")))
          .as("customers do not extend their own trial")
          .isEmpty();
    }
  }

  /**
   * Writes the day into the picker's field as the form sends it (typing races with the picker's
   * overlay and with the dialog's update), again until it stays there.
   */
  private void typeDay(LocalDate day) {
    JavascriptExecutor script = (JavascriptExecutor) browser.driver();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement input = d.findElement(By.id("trial:until_input"));
              script.executeScript("arguments[0].value = arguments[1];", input, day.toString());
              PortalServer.sleep(300);
              return day.toString().equals(input.getAttribute("value"));
            });
  }
}
