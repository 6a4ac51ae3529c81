package com.collector.portal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private final AtomicLong generation = new AtomicLong();
  private final AtomicInteger loads = new AtomicInteger();
  private final ExpiringCache<String, Integer> cut =
      new ExpiringCache<>(10, Duration.ofSeconds(30), generation::get);

  private Integer get(Instant now) {
    return cut.get("k", now, loads::incrementAndGet);
  }

  @Test
  void keepsAValueUntilTheDataChangesOrItsTimeRunsOut() {
    assertThat(get(NOW)).isEqualTo(1);
    assertThat(get(NOW.plusSeconds(29))).as("kept").isEqualTo(1);

    generation.incrementAndGet();
    assertThat(get(NOW.plusSeconds(29))).as("the data changed").isEqualTo(2);

    assertThat(get(NOW.plusSeconds(60))).as("its time ran out").isEqualTo(3);
    assertThat(loads).hasValue(3);
  }

  @Test
  void aFailedLoadIsNotKeptNorIsTheValueItWouldHaveReplaced() {
    assertThat(get(NOW)).isEqualTo(1);

    assertThatThrownBy(
            () ->
                cut.get(
                    "k",
                    NOW.plusSeconds(31),
                    () -> {
                      throw new IllegalStateException("retired");
                    }))
        .hasMessage("retired");

    assertThat(get(NOW.plusSeconds(31))).as("loaded again, not the old value").isEqualTo(2);
  }

  @Test
  void manyCallersWaitForOneLoad() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(
            callers.submit(
                () ->
                    cut.get(
                        "k",
                        NOW,
                        () -> {
                          await(release);
                          return loads.incrementAndGet();
                        })));
      }
      Thread.sleep(200);
      release.countDown();
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      }
      assertThat(loads).hasValue(1);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void onceItsTimeRanOutOneCallerReloadsWhileTheOthersGoOnWithTheKeptValue() throws Exception {
    assertThat(get(NOW)).isEqualTo(1);
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService reloader = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> reloaded =
          reloader.submit(
              () ->
                  cut.get(
                      "k",
                      NOW.plusSeconds(31),
                      () -> {
                        loading.countDown();
                        await(release);
                        return 42;
                      }));
      assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(get(NOW.plusSeconds(31))).as("not held up by the reload").isEqualTo(1);

      release.countDown();
      assertThat(reloaded.get(10, TimeUnit.SECONDS)).isEqualTo(42);
      assertThat(get(NOW.plusSeconds(32))).isEqualTo(42);
    } finally {
      reloader.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
