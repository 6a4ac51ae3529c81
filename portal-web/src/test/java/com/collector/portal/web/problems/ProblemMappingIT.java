package com.collector.portal.web.problems;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.web.rest.JsonBinding;
import com.collector.portal.web.rest.JsonBodies;
import com.collector.portal.web.rest.JsonObjectBodyReader;
import com.collector.portal.web.rest.OptionalBody;
import com.collector.portal.web.rest.RecordBodyReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real Payara Micro: the API's JSON binding of records and its one mapping of failures to
 * problem+json work with the Jersey and Yasson that Payara ships (not only with the ones a unit
 * test would bring).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemMappingIT {

  @ArquillianResource URL base;

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "problems.war")
        .addPackage(Problem.class.getPackage())
        .addPackage(PortalException.class.getPackage())
        .addClasses(
            JsonBinding.class,
            JsonBodies.class,
            JsonObjectBodyReader.class,
            RecordBodyReader.class,
            OptionalBody.class,
            ProbeResource.class,
            ProbeResource.EchoJson.class,
            ProbeApplication.class);
  }

  @Test
  void recordsAreReadAndWrittenAsJson() throws Exception {
    HttpResponse<String> echoed = post("probe/echo", "{\"name\":\"Ada\",\"count\":3}");

    assertThat(echoed.statusCode()).isEqualTo(200);
    JsonObject body = json(echoed.body());
    assertThat(body.getString("name")).isEqualTo("Ada");
    assertThat(body.getInt("count")).isEqualTo(4);
  }

  @Test
  void malformedJsonIsA400Problem() throws Exception {
    HttpResponse<String> reply = post("probe/echo", "{\"name\":");

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
    assertThat(json(reply.body()).getString("type")).endsWith("/malformed-body");
  }

  @Test
  void aValueOfTheWrongTypeIsA400Problem() throws Exception {
    HttpResponse<String> reply = post("probe/echo", "{\"name\":\"Ada\",\"count\":\"many\"}");

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(json(reply.body()).getString("type")).endsWith("/malformed-body");
  }

  @Test
  void aBodyOfAnotherShapeOrNoneIsA400ProblemNamingTheBody() throws Exception {
    for (String path : new String[] {"probe/object", "probe/echo"}) {
      for (String body : new String[] {"[]", "\"x\"", "42", "{", ""}) {
        HttpResponse<String> reply = post(path, body);

        assertThat(reply.statusCode()).as(path + " " + body).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
        JsonObject problem = json(reply.body());
        assertThat(problem.getString("type")).endsWith("/malformed-body");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
            .isEqualTo("body");
      }
    }
    assertThat(post("probe/object", "{\"a\":[\"b\"]}").body()).isEqualTo("{\"a\":[\"b\"]}");
  }

  @Test
  void aTextHoldingNulIsA400ProblemNamingItsMember() throws Exception {
    HttpResponse<String> reply = post("probe/object", "{\"a\":{\"b\":\"x\\u0000\"}}");

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(json(reply.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("a.b");
  }

  @Test
  void invalidInputNamesTheFields() throws Exception {
    HttpResponse<String> reply = post("probe/invalid", "{}");

    assertThat(reply.statusCode()).isEqualTo(400);
    JsonObject problem = json(reply.body());
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("name");
  }

  @Test
  void notFoundAndUnknownPathsAre404Problems() throws Exception {
    assertThat(json(get("probe/missing").body()).getString("type")).endsWith("/not-found");
    HttpResponse<String> unknown = get("probe/no-such-path");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown.body()).getInt("status")).isEqualTo(404);
  }

  @Test
  void unexpectedFaultsAre500ProblemsWithoutInternals() throws Exception {
    HttpResponse<String> reply = get("probe/fault");

    assertThat(reply.statusCode()).isEqualTo(500);
    assertThat(reply.body()).doesNotContain("secret-detail").doesNotContain("at com.");
    assertThat(json(reply.body()).getString("type")).endsWith("/internal");
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    String root = base.toString();
    return URI.create(root + (root.endsWith("/") ? "" : "/") + "api/" + path);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
