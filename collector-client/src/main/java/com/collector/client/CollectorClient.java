package com.collector.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a Collector does at start, against a portal: enroll once, get a token, check for updates,
 * download, verify and install plugins, pull and push its configuration, send telemetry. Nothing
 * from the portal is installed before its signature (decision and package) verifies with a key of
 * {@code /api/collector/v1/keys}; the configuration is not signed, it is trusted as the
 * token-authenticated connection's answer.
 */
public final class CollectorClient {

  static final String ENROLL = "/api/collector/v1/enroll";
  static final String TOKEN = "/api/collector/v1/token";
  static final String CHECK = "/api/collector/v1/update-check";
  static final String KEYS = "/api/collector/v1/keys";
  static final String DECISION_FILE = "decision.jws";
  static final String CONFIGURATION_FILE = "config.json";

  private final Portal portal;
  private final Path directory;
  private final Clock clock;
  private final ClientState state;
  private final Keys keys;
  private final DecisionVerifier verifier;
  private final Installer installer;
  private final Downloader downloader;
  private final Configuration configuration;
  private final Telemetry telemetry;
  private String appVersion = "0.0.0.0";
  private String channel;
  private String accessToken;
  private Instant tokenExpires = Instant.EPOCH;

  /**
   * A client of the portal at {@code portal} keeping its state in {@code directory}.
   *
   * @param portal the portal's base URL, e.g. {@code https://portal.example.com}
   * @param directory the state directory (state file, downloads, plugins)
   */
  public CollectorClient(URI portal, Path directory) {
    this(portal, directory, Clock.systemUTC());
  }

  public CollectorClient(URI portal, Path directory, Clock clock) {
    this.portal = new Portal(portal);
    this.directory = directory;
    this.clock = clock;
    this.state = ClientState.load(directory);
    this.keys = new Keys(() -> this.portal.get(KEYS));
    this.verifier = new DecisionVerifier(keys, clock);
    this.installer = new Installer(directory.resolve("plugins"));
    this.downloader = new Downloader(this.portal, keys, directory.resolve("downloads"));
    this.configuration = new Configuration(this::authorized, state);
    this.telemetry =
        new Telemetry(
            (body, headers) ->
                authorized(token -> this.portal.postBytes(Telemetry.PATH, body, token, headers)));
  }

  /** The machine's facts sent when enrolling. */
  public record Facts(String machineName, String os, String appVersion) {}

  /** A pull's outcome: the revision held, and whether it was newly written to the file. */
  public record Pulled(long revision, boolean applied) {}

  /** A push's outcome: the portal's new revision, and whether it merged changes of its own in. */
  public record Pushed(long revision, boolean merged) {}

  /**
   * A telemetry send's outcome: the events stored, the replayed ones (stored before), the ones the
   * portal refused, and how many times an over-quota answer (429) was waited out.
   */
  public record Sent(int accepted, int duplicates, List<Rejection> rejected, int retries429) {}

  /** An event the portal refused: its index in the list sent, its id (null if none) and why. */
  public record Rejection(int index, String id, String reason) {}

  /** The Collector version sent with update checks. */
  public CollectorClient appVersion(String version) {
    this.appVersion = version;
    return this;
  }

  /** The release channel asked for ({@code stable} when null). */
  public CollectorClient channel(String name) {
    this.channel = name;
    return this;
  }

  /**
   * Whether telemetry batches are sent gzipped ({@code Content-Encoding: gzip}); yes by default.
   */
  public CollectorClient telemetryGzip(boolean gzip) {
    telemetry.gzip(gzip);
    return this;
  }

  public ClientState state() {
    return state;
  }

  /** Where plugin {@code id} at {@code version} is installed. */
  public Path pluginDirectory(String id, String version) {
    return installer.directory(id, version);
  }

  /** Where the configuration is kept unless told otherwise: {@code <state>/config.json}. */
  public Path configurationFile() {
    return directory.resolve(CONFIGURATION_FILE);
  }

  /**
   * Enrolls with the one-time {@code code}; answers the installation id. The installation's latest
   * configuration, when it has one, is written to {@link #configurationFile()} and its revision
   * recorded as applied.
   */
  public long enroll(String code, Facts facts) throws IOException {
    appVersion(facts.appVersion());
    String body =
        "{\"code\":%s,\"machineName\":%s,\"os\":%s,\"appVersion\":%s,\"plugins\":%s}"
            .formatted(
                Json.quote(code),
                Json.quote(facts.machineName()),
                Json.quote(facts.os()),
                Json.quote(facts.appVersion()),
                Json.object(state.plugins()));
    HttpResponse<String> reply = portal.post(ENROLL, body, null);
    if (reply.statusCode() != 200) {
      throw new PortalException("Enrollment", reply.statusCode(), reply.body());
    }
    Map<String, Object> enrolled = Json.object(reply.body());
    state.enrolled((Long) enrolled.get("installationId"), (String) enrolled.get("credential"));
    state.decisionVersion(0);
    state.decisionTag(null);
    configuration.enrolled(enrolled.get("configuration"), configurationFile());
    state.save();
    accessToken = null;
    return state.installationId();
  }

  /** A valid access token, fetched with the credential when the cached one nears expiry. */
  public synchronized String token() throws IOException {
    if (accessToken != null && clock.instant().isBefore(tokenExpires)) {
      return accessToken;
    }
    if (!state.enrolled()) {
      throw new IllegalStateException("Not enrolled: run enroll first");
    }
    String body =
        "{\"installationId\":%d,\"credential\":%s}"
            .formatted(state.installationId(), Json.quote(state.credential()));
    HttpResponse<String> reply = portal.post(TOKEN, body, null);
    if (reply.statusCode() != 200) {
      throw new PortalException("Token", reply.statusCode(), reply.body());
    }
    Map<String, Object> token = Json.object(reply.body());
    Object expiresIn = token.get("expiresIn");
    long seconds = expiresIn instanceof Long value ? value : 60;
    accessToken = (String) token.get("accessToken");
    tokenExpires = clock.instant().plusSeconds(Math.max(0, seconds - 30));
    return accessToken;
  }

  /** Asks the portal what to do and answers the verified decision; remembers its version. */
  public Decision checkUpdates() throws IOException, RefusedDecision {
    HttpResponse<String> reply = fetchDecision();
    Path saved = directory.resolve(DECISION_FILE);
    String jws =
        reply.statusCode() == 304
            ? Files.readString(saved, StandardCharsets.US_ASCII)
            : reply.body();
    Decision decision = verifier.verify(jws, state.installationId(), state.decisionVersion());
    if (reply.statusCode() != 304) {
      Files.writeString(saved, jws, StandardCharsets.US_ASCII);
      state.decisionTag(reply.headers().firstValue("ETag").orElse(null));
    }
    state.decisionVersion(decision.version());
    state.save();
    return decision;
  }

  /** The portal's answer: 200 with a decision, or 304 when the saved one still holds. */
  private HttpResponse<String> fetchDecision() throws IOException {
    StringBuilder body = new StringBuilder("{\"appVersion\":").append(Json.quote(appVersion));
    if (channel != null) {
      body.append(",\"channel\":").append(Json.quote(channel));
    }
    body.append(",\"plugins\":").append(Json.object(state.plugins())).append('}');
    String[] headers =
        state.decisionTag() != null && Files.exists(directory.resolve(DECISION_FILE))
            ? new String[] {"If-None-Match", state.decisionTag()}
            : new String[0];
    HttpResponse<String> reply = authorized("POST", CHECK, body.toString(), headers);
    if (reply.statusCode() != 200 && reply.statusCode() != 304) {
      throw new PortalException("Update check", reply.statusCode(), reply.body());
    }
    return reply;
  }

  private HttpResponse<String> authorized(
      String method, String path, String json, String... headers) throws IOException {
    return authorized(token -> portal.call(method, path, json, token, headers));
  }

  /** A call to the portal made with a bearer token. */
  private interface WithToken {
    HttpResponse<String> call(String token) throws IOException;
  }

  /** Calls the portal with the token, and once more with a fresh one when it answers 401. */
  private HttpResponse<String> authorized(WithToken call) throws IOException {
    String token = token();
    HttpResponse<String> reply = call.call(token);
    if (reply.statusCode() == 401) {
      forget(token);
      reply = call.call(token());
    }
    return reply;
  }

  /** Drops a refused token, unless another thread already replaced it. */
  private synchronized void forget(String token) {
    if (token.equals(accessToken)) {
      accessToken = null;
    }
  }

  /**
   * Checks, then downloads, verifies and installs what the decision says: {@code install} and
   * {@code update} install the package, {@code remove} deletes the plugin, {@code keep} does
   * nothing. The state records every step done; a refused package stops the update.
   */
  public Decision update() throws IOException, RefusedDecision, RefusedPackage {
    Decision decision = checkUpdates();
    for (Decision.Step step : decision.plugins()) {
      if (step.downloads()) {
        Path pkg = downloader.download(step, token());
        installer.install(step.id(), step.version(), pkg);
        Files.deleteIfExists(pkg);
        state.installed(step.id(), step.version());
      } else if ("remove".equals(step.action())) {
        installer.remove(step.id());
        state.installed(step.id(), null);
      }
      state.save();
    }
    return decision;
  }

  /**
   * Fetches the configuration when the portal holds a newer revision than the one applied (sent as
   * {@code If-None-Match}), writes it to {@code file} and records its revision; on 304 the file is
   * left as it is.
   */
  public Pulled pullConfiguration(Path file) throws IOException {
    return configuration.pull(file);
  }

  /**
   * Sends {@code file} as based on the applied revision ({@code If-Match}), with an optional {@code
   * comment}; writes the portal's merged document back to the file and records its new revision. On
   * a conflict or a refusal the file is left untouched.
   */
  public Pushed pushConfiguration(Path file, String comment)
      throws IOException, ConfigurationConflict, RefusedConfiguration {
    return configuration.push(file, comment);
  }

  /**
   * Sends {@code events} (each a JSON object: {@code id}, {@code type}, {@code occurredAt} and the
   * type's fields) to {@code POST /api/collector/v1/telemetry} in batches of at most 500 events and
   * 1 MB, and answers the portal's counts summed over the batches. A batch answered 429 is sent
   * again after its {@code Retry-After}, a bounded number of times; a batch refused as a whole
   * (400, 413, 415) or still over quota fails with {@link PortalException}, the batches before it
   * being stored.
   */
  public Sent sendTelemetry(List<String> events) throws IOException {
    return telemetry.send(events);
  }

  /** The telemetry sender, for the load mode's pre-built batches. */
  Telemetry telemetry() {
    return telemetry;
  }
}
