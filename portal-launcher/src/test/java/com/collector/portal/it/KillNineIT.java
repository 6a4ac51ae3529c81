package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.client.CollectorClient;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill -9 loses nothing acknowledged: a portal of the test's own takes telemetry from the
 * reference client on two threads, batches of 500; once some batches are acknowledged (202) the
 * process is killed with SIGKILL while others are on the wire, started again on the same database,
 * and every acknowledged event id is there exactly once; a batch sent again is all duplicates; and
 * health's intake counts every stored event (deltas left behind by the kill are folded).
 */
class KillNineIT {

  private static final int BATCH = 500;
  private static final int THREADS = 2;
  private static final int KILL_AFTER = 12;
  private static final int MOST_BATCHES = 200;

  @TempDir Path state;

  @Test
  void everyAcknowledgedEventSurvivesAKillOnce() throws Exception {
    OwnPortal portal = OwnPortal.onMachineDatabase();
    Assumptions.assumeTrue(portal != null, "needs PORTAL_DB_URL (the machine's PostgreSQL)");
    try (portal) {
      Duration firstStart = portal.start();
      long installation = enrolled(portal);
      Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
      List<String> firstBatch = new ArrayList<>();
      AtomicInteger acked = new AtomicInteger();
      AtomicInteger sending = new AtomicInteger();
      AtomicInteger miscounted = new AtomicInteger();
      CountDownLatch enough = new CountDownLatch(1);
      List<Thread> senders = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        senders.add(sender(portal, acknowledged, firstBatch, acked, sending, miscounted, enough));
      }
      assertThat(enough.await(60, java.util.concurrent.TimeUnit.SECONDS))
          .as(KILL_AFTER + " batches acknowledged")
          .isTrue();
      Instant killedAt = Instant.now();
      portal.kill();
      for (Thread sender : senders) {
        sender.join(Duration.ofSeconds(30).toMillis());
      }
      int acknowledgedBatches = acked.get();
      assertThat(miscounted.get()).as("acknowledged batches counted whole").isZero();
      assertThat(sending.get())
          .as("batches were sent that the kill cut off")
          .isGreaterThan(acknowledgedBatches);

      Duration restart = portal.start();
      Map<String, Integer> stored = stored(portal, installation);
      Set<String> ids = acknowledged.keySet();
      assertThat(ids).hasSize(acknowledgedBatches * BATCH);
      assertThat(stored.keySet()).containsAll(ids);
      assertThat(stored.values()).as("each event stored once").allMatch(n -> n == 1);

      CollectorClient.Sent again =
          new CollectorClient(portal.uri("/"), state).sendTelemetry(firstBatch);
      assertThat(again.duplicates()).isEqualTo(BATCH);
      // Health counts every stored event, those of batches whose fold the kill cut off included.
      long counted = accepted(portal, installation);
      for (long deadline = System.nanoTime() + 30_000_000_000L;
          counted < stored.size() && System.nanoTime() < deadline;
          counted = accepted(portal, installation)) {
        Thread.sleep(250);
      }
      assertThat(counted).as("events counted into health's intake").isEqualTo(stored.size());
      System.out.printf(
          "KillNineIT: first start %d ms, %d batches acknowledged before the kill at %s, %d events stored"
              + " (%d unacknowledged but committed), restart %d ms%n",
          firstStart.toMillis(),
          acknowledgedBatches,
          killedAt,
          stored.size(),
          stored.size() - ids.size(),
          restart.toMillis());
    }
  }

  /** A thread sending batches until the portal is gone, noting what was acknowledged. */
  private Thread sender(
      OwnPortal portal,
      Map<String, Boolean> acknowledged,
      List<String> firstBatch,
      AtomicInteger acked,
      AtomicInteger sending,
      AtomicInteger miscounted,
      CountDownLatch enough) {
    CollectorClient client = new CollectorClient(portal.uri("/"), state);
    Thread sender =
        new Thread(
            () -> {
              for (int b = 0; b < MOST_BATCHES / THREADS; b++) {
                List<String> ids = new ArrayList<>();
                List<String> events = batch(ids);
                try {
                  sending.incrementAndGet();
                  CollectorClient.Sent sent = client.sendTelemetry(events);
                  if (sent.accepted() + sent.duplicates() != BATCH) {
                    miscounted.incrementAndGet();
                  }
                  ids.forEach(id -> acknowledged.put(id, true));
                  synchronized (firstBatch) {
                    if (firstBatch.isEmpty()) {
                      firstBatch.addAll(events);
                    }
                  }
                  if (acked.incrementAndGet() >= KILL_AFTER) {
                    enough.countDown();
                  }
                } catch (Exception refusedOrCut) {
                  return; // the portal is gone: this batch was not acknowledged
                }
              }
            });
    sender.start();
    return sender;
  }

  /** A partner's customer's installation on the own portal, enrolled by the reference client. */
  private long enrolled(OwnPortal portal) throws Exception {
    Api api = new Api(portal::uri);
    String admin = vendorAdmin(api, portal.adminPassword());
    long vendor =
        api.get("/api/v1/me", admin)
            .json()
            .getJsonObject("user")
            .getJsonNumber("organizationId")
            .longValue();
    long partner = organization(api, vendor, "kill-partner", admin);
    long customer = organization(api, partner, "kill-customer", admin);
    Api.Reply created =
        api.post(
            "/api/v1/installations",
            "{\"customerId\":%d,\"name\":\"pc\"}".formatted(customer),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return new CollectorClient(portal.uri("/"), state)
        .enroll(
            created.json().getString("code"),
            new CollectorClient.Facts("DESK-KILL", "Windows 11", "4.2.0.17"));
  }

  private static List<String> batch(List<String> ids) {
    Instant at = Instant.now().minusSeconds(60);
    List<String> events = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      String id = UUID.randomUUID().toString();
      ids.add(id);
      events.add(TelemetryIT.run(id, "odbc", "success", at));
    }
    return events;
  }

  private static Map<String, Integer> stored(OwnPortal portal, long installation) throws Exception {
    Map<String, Integer> stored = new HashMap<>();
    try (Connection db = portal.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT event_id, count(*) FROM telemetry_event WHERE installation_id = ? GROUP BY event_id")) {
      query.setLong(1, installation);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stored.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return stored;
  }

  private static long accepted(OwnPortal portal, long installation) throws Exception {
    try (Connection db = portal.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT COALESCE(sum(accepted), 0) FROM telemetry_intake WHERE installation_id = ?")) {
      query.setLong(1, installation);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** The bootstrap admin of the own portal: initial password changed, authenticator set up. */
  private static String vendorAdmin(Api api, String initial) {
    String email = OwnPortal.ADMIN_EMAIL;
    Api.Reply changed =
        api.post(
            "/api/v1/auth/password",
            "{\"email\":%s,\"currentPassword\":%s,\"newPassword\":%s}"
                .formatted(Api.quote(email), Api.quote(initial), Api.quote(Tenants.PASSWORD)),
            null);
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    Tenants.enrolAuthenticator(api, email, Tenants.PASSWORD);
    Api.Reply token =
        api.post("/api/v1/auth/token", Tenants.credentials(email, Tenants.PASSWORD), null);
    assertThat(token.status()).as(token.body()).isEqualTo(200);
    return token.json().getString("accessToken");
  }

  private static long organization(Api api, long parent, String name, String token) {
    Api.Reply reply =
        api.post(
            "/api/v1/organizations",
            "{\"parentId\":%d,\"name\":%s}".formatted(parent, Api.quote(Tenants.unique(name))),
            token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    JsonObject created = reply.json();
    return created.getJsonNumber("id").longValue();
  }
}
