package com.collector.portal.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * JSON-B as the API uses it: the DTOs are records, whose state is their fields; the Yasson shipped
 * with Payara only looks for JavaBean getters, which records lack. Input records declare their
 * constructor with {@code @JsonbCreator}.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyVisibilityStrategy(
                  new PropertyVisibilityStrategy() {
                    @Override
                    public boolean isVisible(Field field) {
                      return !java.lang.reflect.Modifier.isStatic(field.getModifiers());
                    }

                    @Override
                    public boolean isVisible(Method method) {
                      return false;
                    }
                  }));

  /** The same binding, for bodies a resource builds itself (problem documents with members). */
  public static Jsonb jsonb() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
