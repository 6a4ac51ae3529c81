package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fifty writers at once, people and the Collector, all from revision 1: forty change a key of their
 * own, ten the same key. Every write is either a revision or a conflict holding its value — none
 * lost, none failed.
 */
@ExtendWith(PortalServer.class)
class ConfigurationConcurrencyIT {

  private static final int OWN_KEYS = 40;
  private static final int SAME_KEY = 10;

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Installing installing = new Installing(PortalServer.get(), tenants);
  private final Configuring configuring = new Configuring(tenants, installing);

  @Test
  void fiftyConcurrentWritersLoseNothing() throws Exception {
    installing.forgetFailures();
    Configuring.Configured configured =
        configuring.configured("cfg-fifty", "{'general':{'language':'en'}}");
    Tenants.Account partner = configured.partner();
    long id = configured.id();
    String collector = configuring.enrolled(configured);

    List<Api.Reply> replies = writeAtOnce(id, partner.token(), collector);

    assertThat(replies).extracting(Api.Reply::status).allMatch(s -> s == 200 || s == 409);
    assertThat(replies.subList(0, OWN_KEYS)).extracting(Api.Reply::status).containsOnly(200);
    long sameKeyWins =
        replies.subList(OWN_KEYS, replies.size()).stream().filter(r -> r.status() == 200).count();
    assertThat(sameKeyWins).isEqualTo(1);
    everyValueIsARevisionOrAConflict(id, partner.token());
  }

  /** Writer n writes its own key (n < OWN_KEYS) or the shared one; even ones are the Collector. */
  private List<Api.Reply> writeAtOnce(long id, String person, String collector) {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<CompletableFuture<Api.Reply>> writes = new ArrayList<>();
    for (int i = 0; i < OWN_KEYS + SAME_KEY; i++) {
      int n = i;
      String document =
          n < OWN_KEYS
              ? "{'general':{'language':'en'},'plugins':{'p-"
                  + n
                  + "':{'companies':['c-"
                  + n
                  + "']}}}"
              : "{'general':{'language':'en'},'plugins':{'shared':{'source':{'server':'srv-"
                  + n
                  + "'}}}}";
      writes.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(start);
                return n % 2 == 0
                    ? configuring.push(1, document, collector)
                    : configuring.edit(id, 1, document, person);
              },
              pool));
    }
    start.countDown();
    List<Api.Reply> replies = writes.stream().map(CompletableFuture::join).toList();
    pool.shutdown();
    return replies;
  }

  private void everyValueIsARevisionOrAConflict(long id, String person) {
    JsonObject now = configuring.current(id, person);
    assertThat(now.getInt("revision")).isEqualTo(1 + OWN_KEYS + 1);
    assertThat(configuring.revisionCount(id, person)).isEqualTo(1 + OWN_KEYS + 1);
    JsonObject plugins = now.getJsonObject("effective").getJsonObject("plugins");
    for (int n = 0; n < OWN_KEYS; n++) {
      assertThat(plugins.getJsonObject("p-" + n).getJsonArray("companies").getString(0))
          .isEqualTo("c-" + n);
    }
    String kept = plugins.getJsonObject("shared").getJsonObject("source").getString("server");
    JsonArray conflicts =
        Api.parse(api.get(Configuring.of(id) + "/conflicts", person).body()).asJsonArray();
    assertThat(conflicts).hasSize(SAME_KEY - 1);
    List<String> values =
        new ArrayList<>(conflicts.stream().map(c -> c.asJsonObject().getString("other")).toList());
    values.add(kept);
    assertThat(values)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.range(OWN_KEYS, OWN_KEYS + SAME_KEY)
                .mapToObj(n -> "srv-" + n)
                .toList());
    assertThat(conflicts)
        .allSatisfy(c -> assertThat(c.asJsonObject().getString("kept")).isEqualTo(kept));
  }

  private static void await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
