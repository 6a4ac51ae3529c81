package com.collector.portal.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.web.problems.MalformedBodyException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

  private static final Annotation[] NONE = new Annotation[0];

  record SomeJson(String name) {}

  @Test
  void theReadersTakeObjectsAndInputRecordsOnly() {
    JsonObjectBodyReader objects = new JsonObjectBodyReader();
    RecordBodyReader records = new RecordBodyReader();
    MediaType json = MediaType.APPLICATION_JSON_TYPE;

    assertThat(objects.isReadable(JsonObject.class, JsonObject.class, NONE, json)).isTrue();
    assertThat(objects.isReadable(String.class, String.class, NONE, json)).isFalse();
    assertThat(records.isReadable(SomeJson.class, SomeJson.class, NONE, json)).isTrue();
    assertThat(records.isReadable(String.class, String.class, NONE, json)).isFalse();
    assertThat(records.isReadable(InputStream.class, InputStream.class, NONE, json)).isFalse();
  }

  @Test
  void anObjectIsReadWhole() throws Exception {
    JsonObject body = read("{\"note\":\"done\",\"list\":[1,{\"a\":\"b\"}]}");

    assertThat(body.getString("note")).isEqualTo("done");
    assertThat(body.getJsonArray("list")).hasSize(2);
  }

  @Test
  void anythingButAnObjectIsAMalformedBody() {
    for (String body : new String[] {"[]", "\"x\"", "42", "null", "{", "{\"a\":}", "{} {}", ""}) {
      MalformedBodyException refused =
          catchThrowableOfType(() -> read(body), MalformedBodyException.class);
      assertThat(refused).as(body).isNotNull();
      assertThat(refused.errors()).as(body).singleElement().matches(e -> e.field().equals("body"));
      assertThat(refused.type()).isEqualTo("malformed-body");
      assertThat(refused.status()).isEqualTo(400);
    }
  }

  @Test
  void anEmptyBodyIsNullWhereTheMethodAllowsIt() throws Exception {
    Annotation[] optional =
        Annotated.class.getMethod("close", JsonObject.class).getParameterAnnotations()[0];

    assertThat(JsonBodies.object(stream(" \n"), optional)).isNull();
    assertThat(JsonBodies.record(stream(""), SomeJson.class, optional)).isNull();
    assertThat(
            catchThrowableOfType(
                () -> JsonBodies.object(stream("[]"), optional), MalformedBodyException.class))
        .isNotNull();
  }

  @Test
  void aNulInAnyTextIsRefusedNamingItsMember() {
    assertThat(nulField("{\"note\":\"a\\u0000b\"}")).isEqualTo("note");
    assertThat(nulField("{\"customer\":{\"name\":\"Bak\\u0000kerij\"}}"))
        .isEqualTo("customer.name");
    assertThat(nulField("{\"plugins\":[{\"id\":\"ok\"},{\"codes\":[\"x\",\"\\u0000\"]}]}"))
        .isEqualTo("plugins[1].codes[1]");
    assertThat(nulField("{\"a\\u0000\":1}")).isEqualTo("body");
  }

  private String nulField(String body) {
    InvalidInputException refused =
        catchThrowableOfType(() -> read(body), InvalidInputException.class);
    assertThat(refused).as(body).isNotNull().isNotInstanceOf(MalformedBodyException.class);
    return refused.errors().get(0).field();
  }

  /** A resource method whose body may be empty. */
  interface Annotated {
    void close(@OptionalBody JsonObject body);
  }

  private static JsonObject read(String body) throws Exception {
    return JsonBodies.object(stream(body), NONE);
  }

  private static ByteArrayInputStream stream(String body) {
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }
}
