package com.collector.portal.web.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * OpenAPI schemas of records, built from their components: for JSON bodies that a resource reads as
 * a JsonObject, member by member, and documents with {@code @Schema(ref = "<name>")}. A nested
 * record is named after its enclosing one ({@code RequestAnswers.CustomerStep}), so it never
 * replaces a schema the server derived from another class of the same simple name.
 */
final class BodySchemas {

  private final Components components;

  BodySchemas(Components components) {
    this.components = components;
  }

  /** Adds {@code type} (and the records it holds) to the components; answers its name. */
  String add(Class<? extends Record> type) {
    String name = name(type);
    if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
      Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
      components.addSchema(name, schema); // first, so a record that holds itself ends
      for (RecordComponent member : type.getRecordComponents()) {
        schema.addProperty(member.getName(), of(member.getGenericType()));
      }
    }
    return name;
  }

  @SuppressWarnings("unchecked")
  private Schema of(Type type) {
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
      Type[] arguments = generic.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(arguments[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesSchema(of(arguments[1]));
      }
      return of(raw);
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isRecord()) {
      return OASFactory.createSchema()
          .ref("#/components/schemas/" + add((Class<? extends Record>) raw));
    }
    if (raw.isEnum()) {
      return OASFactory.createSchema()
          .type(SchemaType.STRING)
          .enumeration(
              Arrays.stream(raw.getEnumConstants()).map(e -> (Object) e.toString()).toList());
    }
    return scalar(raw);
  }

  private static Schema scalar(Class<?> raw) {
    Schema schema = OASFactory.createSchema();
    if (raw == String.class) {
      return schema.type(SchemaType.STRING);
    }
    if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
      return schema.type(SchemaType.INTEGER);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return schema.type(SchemaType.BOOLEAN);
    }
    if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == BigDecimal.class) {
      return schema.type(SchemaType.NUMBER);
    }
    if (raw == LocalDate.class) {
      return schema.type(SchemaType.STRING).format("date");
    }
    if (raw == Instant.class) {
      return schema.type(SchemaType.STRING).format("date-time");
    }
    return schema.type(SchemaType.OBJECT);
  }

  static String name(Class<?> type) {
    return type.getEnclosingClass() != null && type.getEnclosingClass().isRecord()
        ? name(type.getEnclosingClass()) + "." + type.getSimpleName()
        : type.getSimpleName();
  }
}
