package com.collector.portal.installations.boundary;

import com.collector.portal.installations.entity.MachineFacts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** What a Collector sends to enroll: the one-time code and its machine's facts. */
public record Enrolling(
    @NotBlank String code,
    @NotBlank @Size(max = 255) String machineName,
    @Size(max = 255) String os,
    @Size(max = 64) String appVersion,
    Map<String, String> plugins) {

  MachineFacts facts() {
    return new MachineFacts(machineName, os, appVersion, plugins);
  }
}
