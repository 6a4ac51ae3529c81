package com.collector.portal.web.rest;

import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.web.installrequests.rest.MoveBodies;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The base the server adds the resources' annotations to ({@code mp.openapi.model.reader}): the
 * schemas of bodies read as a JsonObject, which the server cannot derive from the parameter's type
 * and (Payara) does not derive from {@code @Schema(implementation = …)} either. Their parameters
 * point at them with {@code @Schema(ref = …)}.
 */
public class ApiModel implements OASModelReader {

  @Override
  public OpenAPI buildModel() {
    Components components = OASFactory.createComponents();
    BodySchemas schemas = new BodySchemas(components);
    for (Class<? extends Record> body :
        List.of(
            RequestAnswers.class,
            MoveBodies.ReasonJson.class,
            MoveBodies.AppointmentJson.class,
            MoveBodies.NoteJson.class)) {
      String name = schemas.add(body);
      components.addRequestBody(
          name,
          OASFactory.createRequestBody()
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          MediaType.APPLICATION_JSON,
                          OASFactory.createMediaType()
                              .schema(
                                  OASFactory.createSchema().ref("#/components/schemas/" + name)))));
    }
    return OASFactory.createOpenAPI().paths(OASFactory.createPaths()).components(components);
  }
}
