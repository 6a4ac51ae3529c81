package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PortalServer.class)
class OperationsIT {

  private static final String JSON = "application/json";

  private final Api api = new Api(PortalServer.get());

  @Test
  void readinessChecksTheDatabase() {
    Api.Reply ready = api.get("/health/ready", null);

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("UP");
  }

  @Test
  void metricsAndOpenApiArePublished() {
    assertThat(api.get("/metrics", null).status()).isEqualTo(200);
    Api.Reply openApi = api.get("/openapi", null);
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.body()).contains("/api/v1/organizations").contains("/api/v1/auth/token");
  }

  /**
   * JSON request bodies are documented as objects: a record's with its schema, a JsonObject's as an
   * object, never as a string (installation requests once read theirs as a String).
   */
  @Test
  void jsonRequestBodiesAreDocumentedAsObjects() {
    JsonObject openApi =
        api.send("GET", "/openapi", null, null, "Accept", "application/json").json();
    String requests = "/api/v1/installation-requests";

    JsonObject answers = bodySchema(openApi, requests, "post");
    assertThat(answers.getJsonObject("properties").keySet())
        .contains("customer", "environment", "extraction", "subscription", "scheduling");
    JsonObject customer =
        resolved(answers.getJsonObject("properties").getJsonObject("customer"), openApi);
    assertThat(customer.getJsonObject("properties").keySet()).contains("id", "name", "vatNumber");
    assertThat(bodySchema(openApi, requests + "/checks", "post")).isEqualTo(answers);
    assertThat(bodySchema(openApi, requests + "/{id: [0-9]{1,18}}/reject", "post").toString())
        .contains("\"reason\"");
    assertThat(bodySchema(openApi, requests + "/{id: [0-9]{1,18}}/schedule", "post").toString())
        .contains("\"appointment\"", "date-time");
    assertThat(bodySchema(openApi, "/api/v1/products", "post").getJsonObject("properties"))
        .containsKey("code");
    openApi
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          JsonObject schema = bodySchema(openApi, path, method);
                          if (schema != null) {
                            assertThat(schema.getString("type", "?"))
                                .as(method + " " + path)
                                .isEqualTo("object");
                          }
                        }));
  }

  /** The schema of the JSON request body of {@code method path}, null when it takes none. */
  private static JsonObject bodySchema(JsonObject openApi, String path, String method) {
    JsonObject item = openApi.getJsonObject("paths").getJsonObject(path);
    if (!(item.get(method) instanceof JsonObject operation)
        || !(operation.get("requestBody") instanceof JsonObject body)
        || !(resolved(body, openApi).getJsonObject("content").get(JSON)
            instanceof JsonObject json)) {
      return null;
    }
    return resolved(json.getJsonObject("schema"), openApi);
  }

  /** {@code part}, or the component its {@code $ref} names ({@code #/components/…}). */
  static JsonObject resolved(JsonObject part, JsonObject openApi) {
    if (!part.containsKey("$ref")) {
      return part;
    }
    JsonObject target = openApi;
    for (String step : part.getString("$ref").substring(2).split("/")) {
      target = target.getJsonObject(step);
    }
    return resolved(target, openApi);
  }

  @Test
  void unknownApiPathsAnswerProblemJson() {
    Tenants tenants = new Tenants(PortalServer.get());
    Api.Reply reply = api.get("/api/v1/no-such-thing", tenants.vendorAdmin());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.isProblem()).isTrue();
  }
}
