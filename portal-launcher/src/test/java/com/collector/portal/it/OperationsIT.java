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
    JsonObject paths =
        api.send("GET", "/openapi", null, null, "Accept", "application/json")
            .json()
            .getJsonObject("paths");

    assertThat(bodySchema(paths, "/api/v1/installation-requests", "post").getString("type"))
        .isEqualTo("object");
    assertThat(bodySchema(paths, "/api/v1/products", "post").getString("$ref"))
        .endsWith("/ProductJson");
    paths.forEach(
        (path, item) ->
            item.asJsonObject()
                .forEach(
                    (method, operation) -> {
                      JsonObject schema = bodySchema(paths, path, method);
                      if (schema != null) {
                        assertThat(schema.getString("type", "object"))
                            .as(method + " " + path)
                            .isEqualTo("object");
                      }
                    }));
  }

  /** The schema of the JSON request body of {@code method path}, null when it takes none. */
  private static JsonObject bodySchema(JsonObject paths, String path, String method) {
    if (!(paths.getJsonObject(path).get(method) instanceof JsonObject operation)
        || !(operation.get("requestBody") instanceof JsonObject body)
        || !(body.getJsonObject("content").get(JSON) instanceof JsonObject json)) {
      return null;
    }
    return json.getJsonObject("schema");
  }

  @Test
  void unknownApiPathsAnswerProblemJson() {
    Tenants tenants = new Tenants(PortalServer.get());
    Api.Reply reply = api.get("/api/v1/no-such-thing", tenants.vendorAdmin());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.isProblem()).isTrue();
  }
}
