package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PortalServer.class)
class OperationsIT {

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

  @Test
  void unknownApiPathsAnswerProblemJson() {
    Tenants tenants = new Tenants(PortalServer.get());
    Api.Reply reply = api.get("/api/v1/no-such-thing", tenants.vendorAdmin());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.isProblem()).isTrue();
  }
}
