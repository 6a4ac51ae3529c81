package com.collector.portal.web.telemetry.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.telemetry.boundary.IntakeResult;
import com.collector.portal.telemetry.boundary.Rejection;
import com.collector.portal.telemetry.boundary.TelemetryIntake;
import com.collector.portal.telemetry.control.EventBatch;
import com.collector.portal.web.problems.Problem;
import com.collector.portal.web.problems.ServletProblems;
import com.collector.portal.web.rest.JsonRequests;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * {@code POST /api/collector/v1/telemetry}: a batch of at most {@value TelemetryIntake#MAX_EVENTS}
 * events and 1 MB ({@code Content-Encoding: gzip} accepted, the limit applying to what it inflates
 * to), answered 202 with what became of each. A servlet, as the update check is: every Collector
 * sends at every use, and batches are parsed once, straight from the bytes.
 */
@WebServlet(urlPatterns = TelemetryServlet.PATH)
public class TelemetryServlet extends HttpServlet {

  static final String PATH = "/api/collector/v1/telemetry";
  static final int MAX_BYTES = 1024 * 1024;
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private static final long serialVersionUID = 1L;
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject transient TelemetryIntake intake;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      answer(request, response);
    } catch (RuntimeException failed) {
      ServletProblems.send(failed, response, "Telemetry intake");
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (JsonRequests.refusedUnlessJson(request, response)) {
      return;
    }
    String encoding = request.getHeader("Content-Encoding");
    boolean gzip = encoding != null && encoding.strip().equalsIgnoreCase("gzip");
    if (encoding != null && !gzip && !encoding.strip().equalsIgnoreCase("identity")) {
      refuse(response, 415, "unsupported-media-type", "Content-Encoding may be gzip or none");
      return;
    }
    byte[] body;
    try {
      body = read(request.getInputStream(), gzip);
    } catch (ZipException | java.io.EOFException corrupt) {
      throw new InvalidInputException("body", "is not valid gzip");
    }
    if (body.length > MAX_BYTES) {
      drain(request.getInputStream());
      refuse(response, 413, "payload-too-large", "A batch is at most " + MAX_BYTES + " bytes");
      return;
    }
    EventBatch events = EventBatch.parse(body);
    if (events.events().size() > TelemetryIntake.MAX_EVENTS) {
      refuse(
          response,
          413,
          "payload-too-large",
          "A batch holds at most " + TelemetryIntake.MAX_EVENTS + " events");
      return;
    }
    IntakeResult result = intake.ingest(events);
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json(result).toString());
  }

  /** The body, inflated when gzip, read to one byte past the limit so that excess shows. */
  static byte[] read(InputStream in, boolean gzip) throws IOException {
    // Not closed here: the container owns the request's stream, and a refusal drains it.
    InputStream body = gzip ? new GZIPInputStream(in, 64 * 1024) : in;
    return body.readNBytes(MAX_BYTES + 1);
  }

  /**
   * Reads what the client still sends of a refused body (up to a bound), so it gets the answer
   * instead of a connection reset while it writes.
   */
  private static void drain(InputStream in) throws IOException {
    byte[] sink = new byte[64 * 1024];
    long left = DRAIN_LIMIT;
    for (int read = in.read(sink); read > 0 && left > 0; read = in.read(sink)) {
      left -= read;
    }
  }

  static JsonObject json(IntakeResult result) {
    JsonArrayBuilder rejected = JSON.createArrayBuilder();
    for (Rejection rejection : result.rejected()) {
      JsonObjectBuilder item = JSON.createObjectBuilder().add("index", rejection.index());
      if (rejection.id() == null) {
        item.addNull("id");
      } else {
        item.add("id", rejection.id());
      }
      rejected.add(item.add("reason", rejection.reason()));
    }
    return JSON.createObjectBuilder()
        .add("accepted", result.accepted())
        .add("duplicates", result.duplicates())
        .add("rejected", rejected)
        .build();
  }

  private static void refuse(HttpServletResponse response, int status, String type, String detail)
      throws IOException {
    new Problem(
            type,
            status == 415 ? "Unsupported media type" : "Request too large",
            status,
            detail,
            null)
        .send(response);
  }
}
