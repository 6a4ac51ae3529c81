package com.collector.portal.web.installations.rest;

import com.collector.portal.installations.boundary.Enrolling;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.Map;

/** Body of {@code POST /api/collector/v1/enroll}: the code and the machine's facts. */
public record EnrollJson(
    String code, String machineName, String os, String appVersion, Map<String, String> plugins) {

  @JsonbCreator
  public EnrollJson {}

  Enrolling toInput() {
    return new Enrolling(code, machineName, os, appVersion, plugins);
  }
}
