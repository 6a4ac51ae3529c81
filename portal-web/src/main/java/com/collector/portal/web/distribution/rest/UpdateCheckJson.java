package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.UpdateQuery;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.Map;

/** Body of {@code POST /api/collector/v1/update-check}. */
public record UpdateCheckJson(String appVersion, String channel, Map<String, String> plugins) {

  @JsonbCreator
  public UpdateCheckJson {}

  UpdateQuery toQuery() {
    return new UpdateQuery(appVersion, channel, plugins);
  }
}
