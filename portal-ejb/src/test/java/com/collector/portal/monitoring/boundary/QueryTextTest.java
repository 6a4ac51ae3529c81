package com.collector.portal.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.telemetry.control.EventType;
import com.collector.portal.tenancy.control.PageRequest;
import org.junit.jupiter.api.Test;

/** The parts of the boundaries' SQL that come from request input: only checked, fixed text. */
class QueryTextTest {

  @Test
  void failingInstallationsSortByAKnownColumnOrMostFailuresFirst() {
    assertThat(Dashboard.failingOrder(new PageRequest(0, 10, null, true)))
        .startsWith("h.consecutive_failures DESC");
    assertThat(Dashboard.failingOrder(new PageRequest(0, 10, "customerName", true)))
        .isEqualTo("lower(c.name) ASC NULLS LAST, h.installation_id");
    assertThat(Dashboard.failingOrder(new PageRequest(0, 10, "lastSeenAt", false)))
        .isEqualTo("h.last_seen_at DESC NULLS LAST, h.installation_id");
  }

  @Test
  void anUnknownSortIsA400NamingSortNotSqlInTheQuery() {
    assertThatThrownBy(
            () -> Dashboard.failingOrder(new PageRequest(0, 10, "name; DROP TABLE x", true)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("sort"));
  }

  @Test
  void timelineTypesAreReadByWireNameCommaSeparated() {
    assertThat(InstallationTimeline.types(" extraction_run, APP_ERROR ", "type"))
        .containsExactlyInAnyOrder(EventType.EXTRACTION_RUN, EventType.APP_ERROR);
    assertThat(InstallationTimeline.types("", "type")).isEmpty();
    assertThatThrownBy(() -> InstallationTimeline.types("extraction_run,coffee", "type"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("type"));
  }
}
