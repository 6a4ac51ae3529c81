package com.collector.portal.web.rest;

import jakarta.annotation.Priority;
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
 * Bodies of methods declaring an input record ({@code *Json}), read by {@link JsonBodies} and bound
 * by JSON-B. Declared for Record, which is nearer to every record than the Object of Jersey's
 * JSON-B reader.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class RecordBodyReader implements MessageBodyReader<Record> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    return (Record) JsonBodies.record(entityStream, genericType, annotations);
  }
}
