package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monitoring figures over HTTP: telemetry of two partners' customers, and the exact runs per
 * day, failing installations, versions, error groups and timeline each reader gets — the vendor
 * both partners, a partner its customers, a customer its installations — with foreign ids 404 and
 * bad parameters 400 naming them.
 */
@ExtendWith(PortalServer.class)
class MonitoringIT {

  static final String MONITORING = "/api/v1/monitoring/";

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  /** Runs sent, by UTC day: success, failure, partial. */
  private final Map<LocalDate, long[]> sentA = new TreeMap<>();

  static String session(String id, String app, String plugin, String version, Instant at) {
    return ("{'id':'%s','type':'session_start','occurredAt':'%s','appVersion':'%s',"
            + "'plugins':{'%s':'%s'},'os':'Windows 11 Pro','dotnetVersion':'8.0.11'}")
        .formatted(id, at, app, plugin, version)
        .replace('\'', '"');
  }

  /** Two partners' customers' installations and what they sent. */
  private record Scene(
      Configuring.Configured a, long customerA2, long a2, Configuring.Configured b, String type) {}

  @Test
  void eachReaderGetsExactlyTheFiguresOfItsSubtree() throws Exception {
    Scene scene = scene();
    partnerASeesBothItsCustomersAndNothingOfB(scene);
    anErrorGroupIsDetailedForItsSubtreeOnly(scene);
    narrowedToACustomerOnlyItsInstallationsCountAndPartnerBSeesItsOwn(scene);
    theVendorSeesEveryPartnerEachExactlyWhenNarrowed(scene);
    aCustomerSeesItsInstallationOnlyAndNothingAbove(scene);
    anotherPartnersCustomerOrInstallationIsNotFound(scene);
  }

  private Scene scene() throws Exception {
    installing.forgetFailures();
    Configuring.Configured a = configuring.configured("mon-a", "{}");
    String a1 = configuring.enrolled(a);
    Tenants.Account partnerA = a.partner();
    long customerA2 = tenants.organization(partnerA.organizationId(), "mon-a2", partnerA.token());
    JsonObject createdA2 = installing.created(customerA2, partnerA.token());
    String a2 = token(createdA2);
    Configuring.Configured b = configuring.configured("mon-b", "{}");
    String b1 = configuring.enrolled(b);
    Instant now = Instant.now();
    Instant yesterday = now.minus(1, ChronoUnit.DAYS);
    Instant before = now.minus(2, ChronoUnit.DAYS);
    String type = "Collector.MonitoringFailed" + a.id();
    send(
        a1,
        session("a1-s", "4.2.0.17", "exact-online", "1.2.0", before.minusSeconds(60)),
        runA("a1-r1", "success", before),
        runA("a1-r2", "success", yesterday),
        runA("a1-r3", "failure", yesterday.plusSeconds(60)),
        runA("a1-r4", "failure", now.minusSeconds(30)),
        ErrorGroupsIT.error("a1-e", type, "Export.Write", 10, "4.2.0.17"));
    send(
        a2,
        session("a2-s", "4.2.0.18", "exact-online", "1.3.0", now.minusSeconds(90)),
        runA("a2-r1", "success", now.minusSeconds(60)),
        runA("a2-r2", "partial", now.minusSeconds(50)));
    send(
        b1,
        session("b1-s", "4.2.0.17", "exact-online", "1.2.0", now.minusSeconds(90)),
        TelemetryIT.run("b1-r1", "exact-online", "failure", now.minusSeconds(40)));
    return new Scene(a, customerA2, Installing.id(createdA2), b, type);
  }

  private void partnerASeesBothItsCustomersAndNothingOfB(Scene scene) {
    Configuring.Configured a = scene.a();
    Tenants.Account partnerA = scene.a().partner();
    String type = scene.type();
    // Partner A: both its customers, nothing of B.
    JsonObject runs = get("runs-per-day?days=7", partnerA.token());
    assertThat(runs.getString("to")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(runs.getJsonArray("days")).hasSize(7);
    assertThat(days(runs)).isEqualTo(expected(sentA));
    assertThat(totals(runs)).containsExactly(3, 2, 1);
    JsonObject failing = get("failing-installations", partnerA.token());
    assertThat(failing.getInt("total")).isEqualTo(1);
    JsonObject row = failing.getJsonArray("items").getJsonObject(0);
    assertThat(row.getJsonNumber("installationId").longValue()).isEqualTo(a.id());
    assertThat(row.getJsonNumber("customerId").longValue()).isEqualTo(a.customer());
    assertThat(row.getInt("consecutiveFailures")).isEqualTo(2);
    assertThat(row.getString("lastErrorCode")).isEqualTo("SQL-18456");
    assertThat(row.getString("lastErrorPlugin")).isEqualTo("exact-online");
    JsonObject versions = get("versions?days=7", partnerA.token());
    assertThat(versions.getJsonArray("app").toString())
        .isEqualTo(
            "[{\"installations\":1,\"version\":\"4.2.0.18\"},"
                + "{\"installations\":1,\"version\":\"4.2.0.17\"}]");
    assertThat(versions.getJsonArray("plugins"))
        .extracting(
            p ->
                p.asJsonObject().getString("version")
                    + "x"
                    + p.asJsonObject().getInt("installations"))
        .containsExactly("1.3.0x1", "1.2.0x1");
    JsonArray errors = array("error-groups?days=7", partnerA.token());
    assertThat(errors).hasSize(1);
    assertThat(errors.getJsonObject(0).getString("exceptionType")).isEqualTo(type);
    assertThat(errors.getJsonObject(0).getInt("occurrences")).isEqualTo(1);
  }

  private void anErrorGroupIsDetailedForItsSubtreeOnly(Scene scene) {
    Configuring.Configured a = scene.a();
    Configuring.Configured b = scene.b();
    Tenants.Account partnerA = scene.a().partner();
    JsonArray errors = array("error-groups?days=7", partnerA.token());
    String fingerprint = errors.getJsonObject(0).getString("fingerprint");
    JsonObject group = get("error-groups/" + fingerprint, partnerA.token());
    assertThat(group.getString("topFrames")).contains("Collector.Export.Write()");
    assertThat(group.getInt("installations")).isEqualTo(1);
    JsonObject affected = get("error-groups/" + fingerprint + "/installations", partnerA.token());
    assertThat(ids(affected)).containsExactly(a.id());
    assertThat(status("error-groups/" + fingerprint, b.partner().token())).isEqualTo(404);
    assertThat(status("error-groups/" + fingerprint + "/installations", b.partner().token()))
        .isEqualTo(404);
    assertThat(api.get(MONITORING + "error-groups/NOT-HEX", partnerA.token()).problemFields())
        .isEqualTo("fingerprint");
  }

  private void narrowedToACustomerOnlyItsInstallationsCountAndPartnerBSeesItsOwn(Scene scene) {
    Configuring.Configured a = scene.a();
    Configuring.Configured b = scene.b();
    Tenants.Account partnerA = scene.a().partner();
    long customerA2 = scene.customerA2();
    String type = scene.type();
    // Narrowed to customer A1: only installation a1.
    String a1Only = "runs-per-day?days=7&customerId=" + a.customer();
    assertThat(totals(get(a1Only, partnerA.token()))).containsExactly(2, 2, 0);
    assertThat(array("error-groups?customerId=" + customerA2, partnerA.token())).isEmpty();

    // Partner B: its one failing installation.
    assertThat(totals(get("runs-per-day?days=7", b.partner().token()))).containsExactly(0, 1, 0);
    assertThat(get("failing-installations", b.partner().token()).getInt("total")).isEqualTo(1);
    assertThat(array("error-groups", b.partner().token()).toString()).doesNotContain(type);
  }

  private void theVendorSeesEveryPartnerEachExactlyWhenNarrowed(Scene scene) {
    Configuring.Configured a = scene.a();
    Configuring.Configured b = scene.b();
    Tenants.Account partnerA = scene.a().partner();
    // The vendor: every partner, each one's figures exactly when narrowed to it.
    String vendor = tenants.vendorAdmin();
    assertThat(totals(get("runs-per-day?days=7&partnerId=" + partnerA.organizationId(), vendor)))
        .containsExactly(3, 2, 1);
    assertThat(totals(get("runs-per-day?days=7&partnerId=" + b.partner().organizationId(), vendor)))
        .containsExactly(0, 1, 0);
    List<Integer> all = totals(get("runs-per-day?days=7", vendor));
    assertThat(all.get(0)).isGreaterThanOrEqualTo(3);
    assertThat(all.get(1)).isGreaterThanOrEqualTo(3);
    JsonObject everyFailing =
        get("failing-installations?limit=200&sort=lastRunAt&order=desc", vendor);
    assertThat(ids(everyFailing)).contains(a.id(), b.id());
  }

  private void aCustomerSeesItsInstallationOnlyAndNothingAbove(Scene scene) {
    Configuring.Configured a = scene.a();
    Tenants.Account partnerA = scene.a().partner();
    long customerA2 = scene.customerA2();
    // A customer of A: its installation only, and nothing above it.
    Tenants.Account customer = tenants.user(a.customer(), "CUSTOMER_USER", partnerA.token());
    assertThat(totals(get("runs-per-day?days=7", customer.token()))).containsExactly(2, 2, 0);
    assertThat(ids(get("failing-installations", customer.token()))).containsExactly(a.id());
    assertThat(get("versions?days=7", customer.token()).getJsonArray("app")).hasSize(1);
    assertThat(status("runs-per-day?partnerId=" + partnerA.organizationId(), customer.token()))
        .isEqualTo(404);
    assertThat(status("versions?customerId=" + customerA2, customer.token())).isEqualTo(404);
    assertThat(status("failing-installations?installationId=" + scene.a2(), customer.token()))
        .isEqualTo(404);
  }

  private void anotherPartnersCustomerOrInstallationIsNotFound(Scene scene) {
    Configuring.Configured b = scene.b();
    Tenants.Account partnerA = scene.a().partner();
    // Cross-tenant: another partner's customer or installation is not found.
    assertThat(status("runs-per-day?customerId=" + b.customer(), partnerA.token())).isEqualTo(404);
    assertThat(status("error-groups?partnerId=" + b.partner().organizationId(), partnerA.token()))
        .isEqualTo(404);
    assertThat(status("versions?installationId=" + b.id(), partnerA.token())).isEqualTo(404);
  }

  @Test
  void theTimelineIsNewestFirstPagedFilteredAndOnlyForItsSubtree() throws Exception {
    installing.forgetFailures();
    Configuring.Configured a = configuring.configured("mon-time", "{}");
    String collector = configuring.enrolled(a);
    Instant now = Instant.now();
    send(
        collector,
        session("t-s", "4.2.0.17", "exact-online", "1.2.0", now.minusSeconds(300)),
        TelemetryIT.run("t-r1", "exact-online", "success", now.minusSeconds(200)),
        TelemetryIT.run("t-r2", "exact-online", "failure", now.minusSeconds(100)),
        ("{'id':'t-u','type':'update_result','occurredAt':'%s','target':'exact-online',"
                + "'success':false,'fromVersion':'1.2.0','toVersion':'1.3.0','error':'disk full'}")
            .formatted(now.minusSeconds(50))
            .replace('\'', '"'));
    String timeline = "/api/v1/installations/" + a.id() + "/timeline";

    Api.Reply all = api.get(timeline, a.partner().token());
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    assertThat(all.json().getInt("total")).isEqualTo(4);
    assertThat(all.json().getJsonArray("items"))
        .extracting(e -> e.asJsonObject().getString("eventId"))
        .containsExactly("t-u", "t-r2", "t-r1", "t-s");
    JsonObject update = all.json().getJsonArray("items").getJsonObject(0);
    assertThat(update.getString("result")).isEqualTo("failure");
    assertThat(update.getString("detail")).isEqualTo("exact-online 1.2.0 > 1.3.0 disk full");
    JsonObject runs =
        api.get(timeline + "?type=extraction_run&offset=1&limit=1", a.partner().token()).json();
    assertThat(runs.getInt("total")).isEqualTo(2);
    assertThat(runs.getJsonArray("items").getJsonObject(0).getString("eventId")).isEqualTo("t-r1");
    assertThat(runs.getJsonArray("items").getJsonObject(0).getString("detail"))
        .isEqualTo("Exact 001 2026-11");
    assertThat(
            api.get(timeline + "?type=session_start,update_result", a.partner().token())
                .json()
                .getInt("total"))
        .isEqualTo(2);

    assertThat(api.get(timeline + "?type=coffee", a.partner().token()).problemFields())
        .isEqualTo("type");
    assertThat(api.get(timeline + "?limit=0", a.partner().token()).problemFields())
        .isEqualTo("limit");
    assertThat(api.get(timeline + "?sort=type", a.partner().token()).problemFields())
        .isEqualTo("sort");
    Tenants.Account stranger = tenants.partnerAdmin("mon-time-stranger");
    assertThat(api.get(timeline, stranger.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/installations/999999999/timeline", stranger.token()).status())
        .isEqualTo(404);
  }

  @Test
  void badParametersAre400sNamingThem() {
    Tenants.Account partner = tenants.partnerAdmin("mon-bad");
    long customer = tenants.organization(partner.organizationId(), "mon-bad", partner.token());
    Map<String, String> wrong =
        Map.of(
            "runs-per-day?days=0",
            "days",
            "runs-per-day?days=seven",
            "days",
            "versions?days=367",
            "days",
            "runs-per-day?partnerId=abc",
            "partnerId",
            "runs-per-day?partnerId=" + customer,
            "partnerId",
            "versions?customerId=" + partner.organizationId(),
            "customerId",
            "failing-installations?sort=bogus",
            "sort",
            "failing-installations?limit=0",
            "limit",
            "error-groups?limit=51",
            "limit",
            "error-groups?installationId=x",
            "installationId");
    wrong.forEach(
        (query, field) -> {
          Api.Reply reply = api.get(MONITORING + query, partner.token());
          assertThat(reply.status()).as(query + " " + reply.body()).isEqualTo(400);
          assertThat(reply.contentType()).startsWith("application/problem+json");
          assertThat(reply.problemFields()).as(query).isEqualTo(field);
        });
  }

  private String runA(String id, String result, Instant at) {
    long[] day = sentA.computeIfAbsent(LocalDate.ofInstant(at, ZoneOffset.UTC), d -> new long[3]);
    day[List.of("success", "failure", "partial").indexOf(result)]++;
    return TelemetryIT.run(id, "exact-online", result, at);
  }

  private String token(JsonObject created) {
    JsonObject enrolled = installing.enrolled(created.getString("code"));
    return installing
        .token(Installing.id(created), enrolled.getString("credential"))
        .json()
        .getString("accessToken");
  }

  private void send(String collector, String... events) {
    Api.Reply reply =
        api.post(TelemetryIT.TELEMETRY, TelemetryIT.batch(List.of(events)), collector);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    assertThat(reply.json().getJsonArray("rejected")).as(reply.body()).isEmpty();
  }

  private JsonObject get(String query, String token) {
    Api.Reply reply = api.get(MONITORING + query, token);
    assertThat(reply.status()).as(query + " " + reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonArray array(String query, String token) {
    Api.Reply reply = api.get(MONITORING + query, token);
    assertThat(reply.status()).as(query + " " + reply.body()).isEqualTo(200);
    return Api.parse(reply.body()).asJsonArray();
  }

  private int status(String query, String token) {
    return api.get(MONITORING + query, token).status();
  }

  /** The days that had runs: "day s/f/p". */
  private static List<String> days(JsonObject runs) {
    List<String> days = new ArrayList<>();
    for (JsonValue value : runs.getJsonArray("days")) {
      JsonObject day = value.asJsonObject();
      if (day.getInt("success") + day.getInt("failure") + day.getInt("partial") > 0) {
        days.add(
            day.getString("day")
                + " "
                + day.getInt("success")
                + "/"
                + day.getInt("failure")
                + "/"
                + day.getInt("partial"));
      }
    }
    return days;
  }

  private static List<String> expected(Map<LocalDate, long[]> sent) {
    List<String> days = new ArrayList<>();
    sent.forEach((day, c) -> days.add(day + " " + c[0] + "/" + c[1] + "/" + c[2]));
    return days;
  }

  private static List<Integer> totals(JsonObject runs) {
    return List.of(runs.getInt("success"), runs.getInt("failure"), runs.getInt("partial"));
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getJsonNumber("installationId").longValue())
        .toList();
  }
}
