package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Application errors grouped by fingerprint: the same exception from the same frames on two
 * installations (other lines, other messages) is one group with both counted; readers see only
 * their subtree's groups.
 */
@ExtendWith(PortalServer.class)
class ErrorGroupsIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  static String error(String id, String type, String method, int line, String version) {
    return error(id, type, method, line, version, Instant.now());
  }

  static String error(String id, String type, String method, int line, String version, Instant at) {
    return ("{'id':'%s','type':'app_error','occurredAt':'%s','exceptionType':'%s','appVersion':'%s',"
            + "'message':'at line %d','stackTrace':'%s: boom\\n   at Collector.%s() in C:\\\\src\\\\X.cs:line %d\\n"
            + "   at Collector.Main.Run() in C:\\\\src\\\\Main.cs:line 7'}")
        .formatted(id, at, type, version, line, type, method, line)
        .replace('\'', '"');
  }

  @Test
  void oneGroupPerExceptionAndFramesCountedAcrossTheSubtree() throws Exception {
    installing.forgetFailures();
    Configuring.Configured first = configuring.configured("err-groups", "{}");
    String one = configuring.enrolled(first);
    JsonObject second = installing.created(first.customer(), first.partner().token());
    JsonObject enrolled = installing.enrolled(second.getString("code"));
    String two =
        installing
            .token(Installing.id(second), enrolled.getString("credential"))
            .json()
            .getString("accessToken");
    String type = "Collector.ExportFailed" + first.id();
    send(
        one,
        List.of(
            error("a", type, "Export.Write", 10, "4.2.0.17"),
            error("b", type, "Export.Write", 11, "4.2.0.17")));
    send(
        two,
        List.of(
            error("c", type, "Export.Write", 99, "4.2.0.18"),
            error("d", type, "Export.Flush", 5, "4.2.0.18")));

    JsonArray groups = groups("?customerId=" + first.customer(), first.partner().token());
    assertThat(groups).hasSize(2);
    JsonObject top = groups.getJsonObject(0);
    assertThat(top.getString("exceptionType")).isEqualTo(type);
    assertThat(top.getInt("occurrences")).isEqualTo(3);
    assertThat(top.getInt("installations")).isEqualTo(2);
    assertThat(top.getJsonArray("versions").toString()).isEqualTo("[\"4.2.0.17\",\"4.2.0.18\"]");
    assertThat(top.getString("topFrames"))
        .contains("Collector.Export.Write()")
        .doesNotContain("line");
    assertThat(groups("?installationId=" + first.id(), first.partner().token())).hasSize(1);

    Tenants.Account stranger = tenants.partnerAdmin("err-stranger");
    assertThat(groups("", stranger.token()).toString()).doesNotContain(type);
    assertThat(
            api.get("/api/v1/error-groups?customerId=" + first.customer(), stranger.token())
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/error-groups?limit=0", stranger.token()).problemFields())
        .isEqualTo("limit");
  }

  private void send(String collector, List<String> events) {
    TelemetryIT.accepted(api, collector, events);
  }

  private JsonArray groups(String query, String token) {
    Api.Reply reply = api.get("/api/v1/error-groups" + query, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return Api.parse(reply.body()).asJsonArray();
  }
}
