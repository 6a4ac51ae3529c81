package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's most frequent errors count the chosen period only: an error group frequent weeks
 * ago but rare this week ranks by this week's occurrences, and another partner's errors of the very
 * same group never count, nor does another tenant's message of that group show.
 */
@ExtendWith(PortalServer.class)
class MonitoringTopErrorsIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @Test
  void topErrorsRankAndCountTheEventsOfThePeriodOnly() throws Exception {
    installing.forgetFailures();
    Configuring.Configured a = configuring.configured("top-err", "{}");
    String one = configuring.enrolled(a);
    String two = installing.accessToken(a.customer(), a.partner().token());
    Configuring.Configured b = configuring.configured("top-err-b", "{}");
    String stranger = configuring.enrolled(b);
    Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Instant weeksAgo = yesterday.minus(19, ChronoUnit.DAYS);
    String old = "Collector.OftenBefore" + a.id();
    String recent = "Collector.NewlyFailing" + a.id();
    // Group "old": 8 times 20 days ago on both installations, once yesterday on one.
    send(one, errors("o1-", old, 5, weeksAgo), errors("o1-y", old, 1, yesterday));
    send(two, errors("o2-", old, 3, weeksAgo));
    // Group "recent": 3 times yesterday on both installations.
    send(one, errors("r1-", recent, 2, yesterday.minusSeconds(60)));
    send(two, errors("r2-", recent, 1, yesterday.minusSeconds(120)));
    // Partner B: the same two groups (same type and frames, same fingerprints), more often.
    send(stranger, errors("b-o", old, 6, yesterday), errors("b-r", recent, 4, yesterday));

    String token = a.partner().token();
    assertThat(top("days=7", token))
        .containsExactly(recent + " 3x2 " + yesterday.minusSeconds(60), old + " 1x1 " + yesterday);
    assertThat(top("days=30", token))
        .containsExactly(old + " 9x2 " + yesterday, recent + " 3x2 " + yesterday.minusSeconds(60));
    assertThat(top("days=7&installationId=" + a.id(), token))
        .containsExactly(recent + " 2x1 " + yesterday.minusSeconds(60), old + " 1x1 " + yesterday);
    assertThat(top("days=7&limit=1", token)).hasSize(1);
    // The vendor narrowed to either partner gets that partner's counts only.
    String vendor = tenants.vendorAdmin();
    assertThat(top("days=30&partnerId=" + a.partner().organizationId(), vendor))
        .isEqualTo(top("days=30", token));
    assertThat(top("days=7&partnerId=" + b.partner().organizationId(), vendor))
        .containsExactly(old + " 6x1 " + yesterday, recent + " 4x1 " + yesterday);
    assertThat(top("days=30", b.partner().token()))
        .containsExactly(old + " 6x1 " + yesterday, recent + " 4x1 " + yesterday);
  }

  @Test
  void aGroupsMessagesReachOnlyTheTenantsTheyCameFrom() throws Exception {
    installing.forgetFailures();
    Configuring.Configured a = configuring.configured("err-msg-a", "{}");
    String ours = configuring.enrolled(a);
    Configuring.Configured b = configuring.configured("err-msg-b", "{}");
    String theirs = configuring.enrolled(b);
    // One group (same type and frames): the line, and so the message, differs per tenant.
    String type = "Collector.LoginRefused" + a.id();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    TelemetryIT.accepted(
        api, ours, List.of(ErrorGroupsIT.error("m-a", type, "Source.Open", 10, "4.2.0.17", now)));
    TelemetryIT.accepted(
        api, theirs, List.of(ErrorGroupsIT.error("m-b", type, "Source.Open", 77, "4.2.0.17", now)));
    String fingerprint = fingerprintOf(type, a.partner().token());
    assertThat(fingerprintOf(type, b.partner().token())).isEqualTo(fingerprint);

    assertThat(messages(fingerprint, a.partner().token())).containsOnly("at line 10");
    assertThat(messages(fingerprint, b.partner().token())).containsOnly("at line 77");
    assertThat(messages(fingerprint, tenants.vendorAdmin())).doesNotContainNull();
  }

  private String fingerprintOf(String type, String token) {
    return Api.parse(api.get(MonitoringIT.MONITORING + "error-groups?days=7", token).body())
        .asJsonArray()
        .stream()
        .map(JsonObject.class::cast)
        .filter(g -> g.getString("exceptionType").equals(type))
        .map(g -> g.getString("fingerprint"))
        .findFirst()
        .orElseThrow();
  }

  /** The group's message as the dashboard, the error-group list and the group's page show it. */
  private List<String> messages(String fingerprint, String token) {
    JsonObject top =
        Api.parse(api.get(MonitoringIT.MONITORING + "error-groups?days=7", token).body())
            .asJsonArray()
            .stream()
            .map(JsonObject.class::cast)
            .filter(g -> g.getString("fingerprint").equals(fingerprint))
            .findFirst()
            .orElseThrow();
    JsonObject listed =
        Api.parse(api.get("/api/v1/error-groups", token).body()).asJsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(g -> g.getString("fingerprint").equals(fingerprint))
            .findFirst()
            .orElseThrow();
    Api.Reply detail = api.get(MonitoringIT.MONITORING + "error-groups/" + fingerprint, token);
    assertThat(detail.status()).isEqualTo(200);
    return List.of(
        top.getString("sampleMessage"),
        listed.getString("sampleMessage"),
        detail.json().getString("sampleMessage"));
  }

  /** {@code count} errors of {@code type} at {@code at}, one second apart going back. */
  private static List<String> errors(String prefix, String type, int count, Instant at) {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(
          ErrorGroupsIT.error(
              prefix + i, type, "Export.Write", 10, "4.2.0.17", at.minusSeconds(i)));
    }
    return events;
  }

  @SafeVarargs
  private void send(String collector, List<String>... batches) {
    List<String> events = new ArrayList<>();
    for (List<String> batch : batches) {
      events.addAll(batch);
    }
    TelemetryIT.accepted(api, collector, events);
  }

  /** The top errors as "type occurrencesxinstallations lastSeenAt", in the order given. */
  private List<String> top(String query, String token) {
    Api.Reply reply = api.get(MonitoringIT.MONITORING + "error-groups?" + query, token);
    assertThat(reply.status()).as(query + " " + reply.body()).isEqualTo(200);
    JsonArray groups = Api.parse(reply.body()).asJsonArray();
    return groups.stream()
        .map(JsonObject.class::cast)
        .map(
            g ->
                g.getString("exceptionType")
                    + " "
                    + g.getInt("occurrences")
                    + "x"
                    + g.getInt("installations")
                    + " "
                    + Instant.parse(g.getString("lastSeenAt")))
        .toList();
  }
}
