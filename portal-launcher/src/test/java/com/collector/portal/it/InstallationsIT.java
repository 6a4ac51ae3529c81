package com.collector.portal.it;

import static com.collector.portal.it.Installing.ENROLL;
import static com.collector.portal.it.Installing.INSTALLATIONS;
import static com.collector.portal.it.Installing.OWN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An installation's life through the API: created with a one-time code, enrolled by its Collector,
 * which then trades its credential for short-lived tokens; re-enrolled after a reinstall; retired.
 */
@ExtendWith(PortalServer.class)
class InstallationsIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Installing installing = new Installing(PortalServer.get(), tenants);

  @BeforeEach
  void noThrottleFromOtherTests() throws Exception {
    installing.forgetFailures();
  }

  @Test
  void aCreatedInstallationEnrollsGetsATokenAndActsAsItself() {
    Tenants.Account partner = tenants.partnerAdmin("inst-life");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());

    JsonObject created = installing.created(customer, partner.token());
    String code = created.getString("code");
    assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}");
    assertThat(created.getJsonObject("installation").getString("state")).isEqualTo("PENDING");
    assertThat(Instant.parse(created.getString("expiresAt")))
        .isBetween(
            Instant.now().plus(Duration.ofHours(71)), Instant.now().plus(Duration.ofHours(73)));

    // Typing is forgiving: lower case, without the dashes.
    JsonObject enrolled = installing.enrolled(code.replace("-", "").toLowerCase());
    long id = enrolled.getJsonNumber("installationId").longValue();
    assertThat(id).isEqualTo(Installing.id(created));
    assertThat(enrolled.getString("credential")).startsWith("cpic_").hasSizeGreaterThan(40);

    Api.Reply token = installing.token(id, enrolled.getString("credential"));
    assertThat(token.status()).as(token.body()).isEqualTo(200);
    assertThat(token.header("Cache-Control")).contains("no-store");
    String access = token.json().getString("accessToken");
    assertThat(token.json().getInt("expiresIn")).isBetween(60, 900);
    JsonObject claims = CollectorSignInIT.payload(access);
    assertThat(claims.getString("sub")).isEqualTo("installation:" + id);
    assertThat(claims.getJsonNumber("customer").longValue()).isEqualTo(customer);
    assertThat(strings(claims, "groups"))
        .containsExactlyInAnyOrder("VIEW", "RUN_EXTRACTION", "ADJUST_SETTINGS");

    Api.Reply own = api.get(OWN, access);
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().getString("state")).isEqualTo("ACTIVE");
    assertThat(own.json().getString("appVersion")).isEqualTo("4.2.0.17");
    assertThat(own.json().getString("os")).isEqualTo("Windows 11 Pro");
    assertThat(own.json().getJsonObject("plugins").getString("sql-server")).isEqualTo("1.4.2");
    assertThat(own.json().containsKey("lastContactAt")).isTrue();
    // The installation reads its customer's installations, but manages nothing.
    assertThat(api.get(INSTALLATIONS + "/" + id, access).status()).isEqualTo(200);
    Api.Reply refused = installing.create(customer, "by-itself", access);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(api.get(OWN, partner.token()).status())
        .as("a person has no own installation")
        .isEqualTo(403);

    JsonObject listed =
        api.get(INSTALLATIONS + "?customerId=" + customer + "&state=active", partner.token())
            .json();
    assertThat(listed.getInt("total")).isEqualTo(1);
    JsonObject row = listed.getJsonArray("items").getJsonObject(0);
    assertThat(row.getString("machineName")).startsWith("DESK-");
    assertThat(row.getJsonObject("plugins").getString("odbc")).isEqualTo("2.0.0");
    assertThat(row.containsKey("enrolledAt")).isTrue();
    assertThat(
            api.get(INSTALLATIONS + "?customerId=" + customer + "&state=pending", partner.token())
                .json()
                .getInt("total"))
        .isZero();
  }

  @Test
  void aCodeWorksOnce() {
    Tenants.Account partner = tenants.partnerAdmin("inst-once");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    String code = installing.created(customer, partner.token()).getString("code");
    installing.enrolled(code);

    Api.Reply again = installing.enroll(code, "OTHER-PC");
    assertThat(again.status()).as(again.body()).isEqualTo(400);
    assertThat(again.isProblem()).isTrue();
    assertThat(again.problemFields()).isEqualTo("code");
  }

  @Test
  void twoMachinesRacingWithOneCodeLeaveOneEnrolledAndTheOtherRefusedWithoutAFault() {
    Tenants.Account partner = tenants.partnerAdmin("inst-race");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    String code = installing.created(customer, partner.token()).getString("code");

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Reply>> racers =
        IntStream.range(0, 2)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            start.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return installing.enroll(code, "RACER-" + i);
                        }))
            .toList();
    start.countDown();
    List<Api.Reply> replies = racers.stream().map(CompletableFuture::join).toList();

    assertThat(replies).extracting(Api.Reply::status).contains(200).doesNotContain(500);
    Api.Reply loser = replies.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
    assertThat(loser.status()).as(loser.body()).isIn(400, 409);
    assertThat(loser.isProblem()).isTrue();
  }

  @Test
  void anExpiredUsedOrUnknownCodeIsTheSameRefusalNamingTheCode() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("inst-expired");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    JsonObject created = installing.created(customer, partner.token());
    installing.expireCode(Installing.id(created));

    Api.Reply expired = installing.enroll(created.getString("code"), "PC");
    Api.Reply unknown = installing.enroll("ABCD-EFGH-23", "PC");
    Api.Reply garbage = installing.enroll("not a code", "PC");
    for (Api.Reply reply : List.of(expired, unknown, garbage)) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.problemFields()).isEqualTo("code");
      assertThat(reply.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
    }
    assertThat(
            api.get(INSTALLATIONS + "/" + Installing.id(created), partner.token())
                .json()
                .getString("state"))
        .isEqualTo("PENDING");
  }

  @Test
  void reEnrollingWithANewCodeRevokesTheOldCredentialAndTheOldCode() {
    Tenants.Account partner = tenants.partnerAdmin("inst-again");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    JsonObject created = installing.created(customer, partner.token());
    long id = Installing.id(created);
    JsonObject first = installing.enrolled(created.getString("code"));
    String firstAccess =
        installing.token(id, first.getString("credential")).json().getString("accessToken");
    assertThat(api.get(OWN, firstAccess).status()).isEqualTo(200);

    String path = INSTALLATIONS + "/" + id + "/enrollment-code";
    Api.Reply unused = api.post(path, null, partner.token());
    Api.Reply fresh = api.post(path, null, partner.token());
    assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
    assertThat(installing.enroll(unused.json().getString("code"), "PC").status())
        .as("a new code revokes the open one")
        .isEqualTo(400);
    assertThat(installing.token(id, first.getString("credential")).status())
        .as("the credential stays valid until the reinstall enrolls")
        .isEqualTo(200);

    JsonObject second = installing.enrolled(fresh.json().getString("code"));
    assertThat(second.getJsonNumber("installationId").longValue()).isEqualTo(id);
    Api.Reply old = installing.token(id, first.getString("credential"));
    assertThat(old.status()).as(old.body()).isEqualTo(401);
    assertThat(old.isProblem()).isTrue();
    assertThat(api.get(OWN, firstAccess).status())
        .as("a token of the replaced credential ends at once")
        .isEqualTo(401);
    Api.Reply current = installing.token(id, second.getString("credential"));
    assertThat(current.status()).isEqualTo(200);
    assertThat(api.get(OWN, current.json().getString("accessToken")).status()).isEqualTo(200);
  }

  @Test
  void aRetiredInstallationGetsNoTokenAndItsTokensStopAtOnce() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("inst-retire");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    JsonObject created = installing.created(customer, partner.token());
    long id = Installing.id(created);
    JsonObject enrolled = installing.enrolled(created.getString("code"));
    String access =
        installing.token(id, enrolled.getString("credential")).json().getString("accessToken");
    assertThat(api.get(OWN, access).status()).isEqualTo(200);

    Api.Reply retired = api.post(INSTALLATIONS + "/" + id + "/retirement", null, partner.token());
    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    assertThat(retired.json().getString("state")).isEqualTo("RETIRED");

    assertThat(installing.token(id, enrolled.getString("credential")).status()).isEqualTo(401);
    assertThat(api.get(OWN, access).status()).isEqualTo(401);
    assertThat(api.post(INSTALLATIONS + "/" + id + "/retirement", null, partner.token()).status())
        .isEqualTo(409);
    assertThat(installing.auditedActions(id))
        .containsExactly("installation.created", "installation.enrolled", "installation.retired");
    assertThat(
            api.post(INSTALLATIONS + "/" + id + "/enrollment-code", null, partner.token()).status())
        .isEqualTo(409);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("inst-input");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    JsonObject created = installing.created(customer, partner.token());

    Api.Reply noMachine = installing.enroll(created.getString("code"), null);
    assertThat(noMachine.status()).as(noMachine.body()).isEqualTo(400);
    assertThat(noMachine.problemFields()).isEqualTo("machineName");
    assertThat(api.post(ENROLL, "", null).status()).isEqualTo(400);
    assertThat(api.post(ENROLL, "{\"machineName\":\"PC\"}", null).problemFields())
        .isEqualTo("code");
    assertThat(installing.token(Installing.id(created), "").problemFields())
        .isEqualTo("credential");

    Api.Reply unknownCustomer = installing.create(Long.MAX_VALUE / 2, "pc", partner.token());
    assertThat(unknownCustomer.status()).as(unknownCustomer.body()).isEqualTo(400);
    assertThat(unknownCustomer.problemFields()).isEqualTo("customerId");
    Api.Reply partnerItself = installing.create(partner.organizationId(), "pc", partner.token());
    assertThat(partnerItself.problemFields()).isEqualTo("customerId");
    Api.Reply noName =
        api.post(INSTALLATIONS, "{\"customerId\":%d}".formatted(customer), partner.token());
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.problemFields()).isEqualTo("name");
    assertThat(api.get(INSTALLATIONS + "?state=sleeping", partner.token()).problemFields())
        .isEqualTo("state");
    assertThat(installing.count(customer)).isEqualTo(1);

    // The refused enrollment used nothing up.
    installing.enrolled(created.getString("code"));
  }

  @Test
  void guessingCodesFromOneAddressIsThrottled() throws Exception {
    Tenants.Account partner = tenants.partnerAdmin("inst-throttle");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    String code = installing.created(customer, partner.token()).getString("code");
    try {
      for (int i = 0; i < 10; i++) {
        assertThat(installing.enroll("ABCD-EFGH-2" + (i % 8 + 2), "PC").status()).isEqualTo(400);
      }
      Api.Reply blocked = installing.enroll(code, "PC");
      assertThat(blocked.status()).as(blocked.body()).isEqualTo(429);
    } finally {
      installing.forgetFailures();
    }
    installing.enrolled(code);
  }

  private static List<String> strings(JsonObject json, String key) {
    return json.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
