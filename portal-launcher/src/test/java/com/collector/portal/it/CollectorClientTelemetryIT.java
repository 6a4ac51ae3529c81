package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.client.CollectorClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference client sends telemetry to the real portal, gzipped and in batches of 500: what it
 * sends is stored once, a resend is counted as duplicates, a bad event is refused alone.
 */
@ExtendWith(PortalServer.class)
class CollectorClientTelemetryIT {

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Installing installing = new Installing(server, tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @TempDir Path state;

  @Test
  void theClientsEventsAreStoredOnceAndABadOneIsRefusedAlone() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured = configuring.configured("cli-telemetry", "{}");
    CollectorClient client = new CollectorClient(server.uri("/"), state);
    client.enroll(
        configured.code(), new CollectorClient.Facts("DESK-TEL", "Windows 11", "4.2.0.17"));
    Instant at = Instant.now().minusSeconds(60);
    List<String> events =
        new ArrayList<>(
            IntStream.range(0, 1200)
                .mapToObj(i -> TelemetryIT.run("c-" + i, "odbc", "success", at))
                .toList());
    events.add("{\"id\":\"bad\",\"type\":\"nap\",\"occurredAt\":\"" + at + "\"}");

    CollectorClient.Sent sent = client.sendTelemetry(events);
    assertThat(sent.accepted()).isEqualTo(1200);
    assertThat(sent.rejected()).extracting(CollectorClient.Rejection::index).containsExactly(1200);

    CollectorClient.Sent again = client.sendTelemetry(events.subList(0, 600));
    assertThat(again.accepted()).isZero();
    assertThat(again.duplicates()).isEqualTo(600);
    assertThat(
            tenants
                .api()
                .get(
                    "/api/v1/installations/" + configured.id() + "/health",
                    configured.partner().token())
                .json()
                .getInt("runs7d"))
        .isEqualTo(1200);
  }
}
