package com.collector.portal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium; one fresh profile per browser. */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final PortalServer server;

  public Browser(PortalServer server) {
    this.server = server;
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--lang=en-US",
          "--window-size=1400,1000",
          "--user-data-dir=" + Files.createTempDirectory("chromium-profile-"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
              .usingAnyFreePort()
              .build();
      driver = new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Browser open(String path) {
    driver.get(server.baseUrl() + path);
    return this;
  }

  public WebElement find(String css) {
    return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public Browser type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /**
   * Clicks the element once it is clickable. Finding and clicking happen in one waited step, so an
   * element that an ajax update replaces in between (a stale reference) is found again, and one
   * still moving into place (a menu panel opening) is clicked again once it takes the click.
   */
  public Browser click(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              WebElement element =
                  ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
              if (element == null) {
                return null;
              }
              element.click();
              return Boolean.TRUE;
            });
    return this;
  }

  /**
   * Picks an item of a PrimeFaces select menu and waits until the menu shows it as chosen. A click
   * that lands while the panel is still fading in is lost without an error, so the menu is opened
   * and the item clicked again (up to three times) until the label reflects the choice.
   */
  public Browser choose(String menuCss, String itemCss) {
    String wanted = null;
    String shown = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      click(menuCss);
      waitFor(menuCss + "_items " + itemCss);
      WebElement item = driver.findElement(By.cssSelector(menuCss + "_items " + itemCss));
      wanted = item.getAttribute("data-label");
      // In a long list the item may lie below the panel's scrolled part, where it takes no click.
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
      click(menuCss + "_items " + itemCss);
      String expected = wanted;
      try {
        new WebDriverWait(driver, Duration.ofSeconds(3))
            .ignoring(StaleElementReferenceException.class)
            .until(
                d -> expected.equals(d.findElement(By.cssSelector(menuCss + "_label")).getText()));
        return this;
      } catch (TimeoutException e) {
        shown = driver.findElement(By.cssSelector(menuCss + "_label")).getText();
      }
    }
    throw new TimeoutException(
        "Choosing \"" + wanted + "\" in " + menuCss + " left it showing \"" + shown + "\"");
  }

  /**
   * Picks the suggestion labelled {@code label} of a PrimeFaces auto-complete field, found by
   * typing {@code text} (part of it), and waits until the choice is sent.
   */
  public Browser pick(String field, String text, String label) {
    typeInto(field + "_input", text);
    click(field + "_panel li[data-item-label='" + label + "']").settle();
    String shown = find(field + "_input").getAttribute("value");
    if (!label.equals(shown)) {
      throw new AssertionError(
          "Picking \"" + label + "\" in " + field + " shows \"" + shown + "\"");
    }
    return this;
  }

  /**
   * Picks the suggestion labelled {@code name}, found by typing all of it but its last two letters.
   */
  public Browser pick(String field, String name) {
    return pick(field, name.substring(0, name.length() - 2), name);
  }

  /** The labels an auto-complete field suggests for {@code text}, once {@code expected} shows. */
  public List<String> offered(String field, String text, String expected) {
    typeInto(field + "_input", text);
    find(field + "_panel li[data-item-label='" + expected + "']");
    return driver.findElements(By.cssSelector(field + "_panel li")).stream()
        .map(li -> li.getAttribute("data-item-label"))
        .toList();
  }

  /**
   * Types into a field that an ajax update may be replacing or still showing: found and typed into
   * in one waited step.
   */
  private void typeInto(String css, String text) {
    settle();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              WebElement field = d.findElement(By.cssSelector(css));
              field.clear();
              field.sendKeys(text);
              return Boolean.TRUE;
            });
  }

  /** Empties an auto-complete field as a user does, key by key, so it reports the clearing. */
  public Browser clearChoice(String field) {
    WebElement input = find(field + "_input");
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    input.sendKeys(Keys.BACK_SPACE);
    return settle();
  }

  /**
   * Waits until no PrimeFaces request is pending, after the longest delay the pages give one (a
   * search typed into a field starts 400 ms after the last key).
   */
  public Browser settle() {
    PortalServer.sleep(600);
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    return this;
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Waits until the page body contains {@code text}. */
  public Browser waitForText(String text) {
    // A page still being replaced (a redirect after a save) answers with inspector errors.
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(WebDriverException.class)
        .withMessage(() -> "waiting for \"" + text + "\"; page shows: " + text())
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    return this;
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public WebDriver driver() {
    return driver;
  }

  /** Signs in on the page, answering the code step when the test holds the user's seed. */
  public Browser signIn(String email, String password) {
    open("/login.xhtml")
        .type("#login\\:email", email)
        .type("#login\\:password", password)
        .click("#login\\:submit");
    if (Authenticators.knows(email)) {
      waitFor("#code\\:otp")
          .type("#code\\:otp", Authenticators.nextCode(email))
          .click("#code\\:verify");
    }
    return this;
  }

  public Browser waitFor(String css) {
    until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(css)).isEmpty());
    return this;
  }

  private <T> T until(java.util.function.Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
