package com.collector.client;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The installation's configuration as the client keeps it: a JSON file (pretty-printed, members in
 * the order the portal sent them) and, in the state, the revision that file was brought to. Pull
 * fetches a newer revision ({@code If-None-Match}); push sends the file as based on that revision
 * ({@code If-Match}) and writes back the document the portal merged, or leaves the file alone when
 * the portal refuses it.
 */
final class Configuration {

  static final String PATH = "/api/collector/v1/config";

  /** A call to the portal with the installation's token. */
  interface Calls {
    HttpResponse<String> call(String method, String path, String json, String... headers)
        throws IOException;
  }

  private final Calls portal;
  private final ClientState state;

  Configuration(Calls portal, ClientState state) {
    this.portal = portal;
    this.state = state;
  }

  /**
   * Applies an enrollment's {@code configuration} (the revision and its document, or null when the
   * installation has none yet) to {@code file}; the caller saves the state.
   */
  void enrolled(Object configuration, Path file) throws IOException {
    if (!(configuration instanceof Map<?, ?> answer) || !apply(answer, file)) {
      state.configurationRevision(0);
    }
  }

  CollectorClient.Pulled pull(Path file) throws IOException {
    long held = state.configurationRevision();
    // A held revision whose file is gone is fetched again rather than answered 304.
    String[] headers =
        held > 0 && Files.exists(file) ? new String[] {"If-None-Match", tag(held)} : new String[0];
    HttpResponse<String> reply = portal.call("GET", PATH, null, headers);
    if (reply.statusCode() == 304) {
      return new CollectorClient.Pulled(held, false);
    }
    if (reply.statusCode() != 200) {
      throw new PortalException("Configuration pull", reply.statusCode(), reply.body());
    }
    Map<String, Object> answer = Json.object(reply.body());
    boolean applied = apply(answer, file);
    if (applied) {
      state.save();
    }
    return new CollectorClient.Pulled(revision(answer), applied);
  }

  CollectorClient.Pushed push(Path file, String comment)
      throws IOException, ConfigurationConflict, RefusedConfiguration {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("document", read(file));
    if (comment != null) {
      body.put("comment", comment);
    }
    HttpResponse<String> reply =
        portal.call("PUT", PATH, Json.write(body), "If-Match", tag(state.configurationRevision()));
    switch (reply.statusCode()) {
      case 200 -> {}
      case 409 -> throw conflict(reply);
      case 400, 412, 422, 428 -> throw refusal(reply, problem(reply));
      default -> throw new PortalException("Configuration push", reply.statusCode(), reply.body());
    }
    Map<String, Object> answer = Json.object(reply.body());
    if (!apply(answer, file)) {
      throw new IOException("Configuration push: the portal answered revision 0");
    }
    state.save();
    return new CollectorClient.Pushed(revision(answer), Boolean.TRUE.equals(answer.get("merged")));
  }

  /**
   * Writes the answer's document to {@code file} and records its revision; false for revision 0.
   */
  private boolean apply(Map<?, ?> answer, Path file) throws IOException {
    long revision = revision(answer);
    if (revision == 0) {
      return false; // the portal's "no configuration yet": its {} is nothing to apply
    }
    if (!(answer.get("document") instanceof Map<?, ?> document)) {
      throw new IOException("Configuration revision " + revision + " without a document");
    }
    write(file, document);
    state.configurationRevision(revision);
    return true;
  }

  private static long revision(Map<?, ?> answer) throws IOException {
    if (answer.get("revision") instanceof Long revision && revision >= 0) {
      return revision;
    }
    throw new IOException("Configuration answer without a revision: " + answer.get("revision"));
  }

  private static String tag(long revision) {
    return "\"" + revision + "\"";
  }

  private static Map<String, Object> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no configuration file to push");
    }
    try {
      return Json.object(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Replaces {@code file} atomically, so the collector never reads half a configuration. */
  private static void write(Path file, Map<?, ?> document) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temp = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
    try {
      // Owner-only like the state: a configuration may carry the credentials of what it collects.
      ClientState.ownerOnly(temp);
      Files.writeString(temp, Json.pretty(document), StandardCharsets.UTF_8);
      ClientState.move(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The problem document of a refusal; empty when the body is none. */
  private static Map<String, Object> problem(HttpResponse<String> reply) {
    try {
      return Json.object(reply.body());
    } catch (IllegalArgumentException e) {
      return Map.of();
    }
  }

  /** The conflicts of a 409; a 409 naming none is a refusal like any other. */
  private static ConfigurationConflict conflict(HttpResponse<String> reply)
      throws RefusedConfiguration {
    Map<String, Object> problem = problem(reply);
    if (!(problem.get("conflicts") instanceof List<?> listed)) {
      throw refusal(reply, problem);
    }
    List<ConfigurationConflict.Conflict> conflicts =
        Json.objects(
            listed,
            conflict ->
                new ConfigurationConflict.Conflict(
                    String.valueOf(conflict.get("path")),
                    conflict.get("portal"),
                    conflict.get("collector")));
    long head = problem.get("revision") instanceof Long revision ? revision : 0;
    return new ConfigurationConflict(head, conflicts);
  }

  private static RefusedConfiguration refusal(
      HttpResponse<String> reply, Map<String, Object> problem) {
    List<RefusedConfiguration.FieldError> errors =
        Json.objects(
            problem.get("errors"),
            error ->
                new RefusedConfiguration.FieldError(
                    String.valueOf(error.get("field")), String.valueOf(error.get("message"))));
    String detail = problem.get("detail") instanceof String text ? text : reply.body();
    return new RefusedConfiguration(reply.statusCode(), detail, errors);
  }
}
