package com.collector.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code telemetry load}: batch bodies of generated events are built (and gzipped) before the clock
 * starts, then sent from a number of threads sharing the client and its one token, so that the
 * figure is the portal's intake rather than the generator's speed.
 */
final class TelemetryLoad {

  /** A run's figures; {@code seconds} covers the sending only. */
  record Result(
      int batches,
      long events,
      long accepted,
      long duplicates,
      long rejected,
      long retries429,
      double seconds) {

    double eventsPerSecond() {
      return seconds > 0 ? events / seconds : 0;
    }

    /** One machine-readable line, {@code name=value} pairs separated by spaces. */
    String line() {
      return String.format(
          Locale.ROOT,
          "events/s=%.1f batches=%d events=%d accepted=%d duplicates=%d rejected=%d retries429=%d"
              + " seconds=%.3f",
          eventsPerSecond(),
          batches,
          events,
          accepted,
          duplicates,
          rejected,
          retries429,
          seconds);
    }
  }

  private TelemetryLoad() {}

  /** {@code batches} bodies of {@code size} generated events each. */
  static List<byte[]> bodies(TelemetryEvents events, int batches, int size, boolean gzip) {
    List<byte[]> bodies = new ArrayList<>(batches);
    List<String> batch = new ArrayList<>(size);
    for (int b = 0; b < batches; b++) {
      batch.clear();
      for (int i = 0; i < size; i++) {
        batch.add(events.next());
      }
      bodies.add(Telemetry.body(batch, gzip));
    }
    return bodies;
  }

  /**
   * Sends {@code bodies} (of {@code size} events each) from {@code concurrency} threads, each
   * taking the next body not yet sent; fails with the first batch that fails.
   */
  static Result send(CollectorClient client, List<byte[]> bodies, int size, int concurrency)
      throws IOException {
    Telemetry telemetry = client.telemetry();
    boolean gzip = telemetry.gzip();
    client.token(); // fetched before the clock starts, then shared
    AtomicInteger next = new AtomicInteger();
    LongAdder accepted = new LongAdder();
    LongAdder duplicates = new LongAdder();
    LongAdder rejected = new LongAdder();
    LongAdder retries = new LongAdder();
    ExecutorService threads = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    try {
      List<Future<Void>> workers = new ArrayList<>();
      for (int t = 0; t < concurrency; t++) {
        workers.add(
            threads.submit(
                () -> {
                  try {
                    for (int i = next.getAndIncrement();
                        i < bodies.size();
                        i = next.getAndIncrement()) {
                      CollectorClient.Sent sent = telemetry.post(bodies.get(i), gzip);
                      accepted.add(sent.accepted());
                      duplicates.add(sent.duplicates());
                      rejected.add(sent.rejected().size());
                      retries.add(sent.retries429());
                    }
                    return null;
                  } catch (IOException | RuntimeException e) {
                    next.set(bodies.size()); // the other threads stop after their current batch
                    throw e;
                  }
                }));
      }
      for (Future<Void> worker : workers) {
        await(worker);
      }
    } finally {
      threads.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(
        bodies.size(),
        (long) bodies.size() * size,
        accepted.sum(),
        duplicates.sum(),
        rejected.sum(),
        retries.sum(),
        seconds);
  }

  private static void await(Future<Void> worker) throws IOException {
    try {
      worker.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while sending telemetry");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
