package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every call of the API that takes a JSON body refuses a body it cannot read — malformed, of
 * another shape than an object, empty, holding NUL in a text — with a 400 problem naming {@code
 * body} (or the member holding NUL), never a 500 or an HTML page. The calls are the ones the
 * OpenAPI document lists with an {@code application/json} request body, plus the Collector's two
 * servlets, which read their bodies themselves; so a new call is walked without touching this test.
 * Each is called as a caller who may make it (vendor administrator; the Collector's installation
 * for its own calls) on ids that exist nowhere: a body refusal must come first, before any lookup.
 */
@ExtendWith(PortalServer.class)
class JsonBodiesIT {

  /** Deliberately not walked with an empty body: there it is documented as allowed. */
  private static final Set<String> EMPTY_BODY_ALLOWED =
      Set.of("POST /api/v1/installation-requests/{id}/close");

  /**
   * Deliberately not walked with a NUL in an unknown member: a telemetry batch reads only its
   * events, streaming, and refuses a NUL in an event's text by counting that event rejected (202).
   */
  private static final Set<String> NUL_SKIPPED = Set.of("POST /api/collector/v1/telemetry");

  /** The Collector's calls served by servlets, not JAX-RS: absent from the OpenAPI document. */
  private static final List<String> SERVLETS =
      List.of("POST /api/collector/v1/update-check", "POST /api/collector/v1/telemetry");

  /** An id that matches every path's pattern and names nothing. */
  private static final String NO_SUCH_ID = "999999999";

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();

  @Test
  void everyJsonBodyThatCannotBeReadIsA400ProblemNamingIt() {
    String vendor = tenants.vendorAdmin();
    String installation = installationToken(vendor);
    List<String> calls = new ArrayList<>(jsonCalls());
    assertThat(calls)
        .as("the walk must reach the calls the review named")
        .contains(
            "POST /api/v1/installation-requests",
            "PUT /api/v1/installations/{id}/configuration",
            "PUT /api/v1/organizations/{id}/configuration-defaults",
            "PUT /api/collector/v1/config",
            "PUT /api/v1/alert-rules/{rule}",
            "POST /api/v1/tickets")
        .hasSizeGreaterThanOrEqualTo(45);
    calls.addAll(SERVLETS);

    SoftAssertions softly = new SoftAssertions();
    for (String call : calls) {
      String method = call.substring(0, call.indexOf(' '));
      String template = call.substring(call.indexOf(' ') + 1);
      String path = template.replaceAll("\\{[^/]*}", NO_SUCH_ID);
      String token = path.startsWith("/api/collector/") ? installation : vendor;
      Map<String, String> bodies = new LinkedHashMap<>();
      bodies.put("[]", "body");
      bodies.put("\"x\"", "body");
      bodies.put("42", "body");
      bodies.put("{", "body");
      if (!NUL_SKIPPED.contains(call)) {
        bodies.put("{\"x\":[\"a\\u0000b\"]}", "x[0]");
      }
      if (!EMPTY_BODY_ALLOWED.contains(call)) {
        bodies.put("", "body");
      }
      bodies.forEach(
          (body, field) -> {
            Api.Reply reply = api.send(method, path, body, token);
            String what = call + " with [" + body + "]: " + reply.body();
            softly.assertThat(reply.status()).as(what).isEqualTo(400);
            softly.assertThat(reply.isProblem()).as(what).isTrue();
            if (reply.isProblem()) {
              softly.assertThat(reply.problemFields()).as(what).isEqualTo(field);
            }
          });
    }
    softly.assertAll();
  }

  /**
   * No body and no {@code Content-Type} reaches a method as null (JAX-RS reads nothing), so each
   * resource answers for itself: a 4xx problem (what is missing, or the unknown id), or success
   * where nothing is needed (checking answers without a step checks only their form), never a
   * fault.
   */
  @Test
  void noBodyAtAllIsNeverAFault() {
    String vendor = tenants.vendorAdmin();
    String installation = installationToken(vendor);
    SoftAssertions softly = new SoftAssertions();
    for (String call : jsonCalls()) {
      String method = call.substring(0, call.indexOf(' '));
      String path = call.substring(call.indexOf(' ') + 1).replaceAll("\\{[^/]*}", NO_SUCH_ID);
      Api.Reply reply =
          api.send(method, path, null, path.startsWith("/api/collector/") ? installation : vendor);
      String what = call + " without a body: " + reply.body();
      softly.assertThat(reply.status()).as(what).isLessThan(500);
      if (reply.status() >= 400) {
        softly.assertThat(reply.isProblem()).as(what).isTrue();
      }
    }
    softly.assertAll();
  }

  @Test
  void closingARequestWithoutABodyIsNoBodyMistake() {
    Api.Reply reply =
        api.send(
            "POST",
            "/api/v1/installation-requests/" + NO_SUCH_ID + "/close",
            "",
            tenants.vendorAdmin());

    assertThat(reply.status()).as(reply.body()).isEqualTo(404);
    assertThat(reply.isProblem()).isTrue();
  }

  /** "METHOD /path" of each call the OpenAPI document lists with a JSON request body. */
  private List<String> jsonCalls() {
    Api.Reply document = api.send("GET", "/openapi", null, null, "Accept", "application/json");
    assertThat(document.status()).isEqualTo(200);
    List<String> calls = new ArrayList<>();
    JsonObject openApi = document.json();
    openApi
        .getJsonObject("paths")
        .forEach(
            (path, operations) ->
                operations
                    .asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (takesJson(operation, openApi)) {
                            calls.add(method.toUpperCase() + " " + simple(path));
                          }
                        }));
    return calls;
  }

  private static boolean takesJson(JsonValue operation, JsonObject openApi) {
    if (!(operation instanceof JsonObject o) || !(o.get("requestBody") instanceof JsonObject b)) {
      return false;
    }
    JsonObject body = OperationsIT.resolved(b, openApi);
    return body.get("content") instanceof JsonObject content
        && content.containsKey("application/json");
  }

  /** {@code /x/{id: [0-9]{1,18}}/y} as {@code /x/{id}/y}. */
  private static String simple(String path) {
    return path.replaceAll("\\{([a-zA-Z]+)[^/]*}", "{$1}");
  }

  private String installationToken(String vendor) {
    long partner = tenants.partner("bodies");
    long customer = tenants.organization(partner, "bodies-shop", vendor);
    return new Installing(server, tenants).accessToken(customer, vendor);
  }
}
