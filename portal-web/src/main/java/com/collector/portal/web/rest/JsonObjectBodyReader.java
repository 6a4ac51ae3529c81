package com.collector.portal.web.rest;

import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Bodies of methods declaring a {@link JsonObject}, read by {@link JsonBodies}. Declared for
 * JsonObject itself: Jersey picks the reader of the nearest type before an application's own, so a
 * reader of Object would lose to its JSON-P reader of JsonStructure.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class JsonObjectBodyReader implements MessageBodyReader<JsonObject> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == JsonObject.class;
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    return JsonBodies.object(entityStream, annotations);
  }
}
