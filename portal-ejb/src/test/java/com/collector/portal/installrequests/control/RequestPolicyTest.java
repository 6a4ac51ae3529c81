package com.collector.portal.installrequests.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.installrequests.entity.RequestState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestPolicyTest {

  private final RequestPolicy cut = new RequestPolicy();

  RequestPolicyTest() {
    cut.stuckHours = 72;
    cut.stuckHoursByState = "SUBMITTED:24, scheduled:168, INSTALLING:x";
  }

  @Test
  void aStateWithHoursOfItsOwnKeepsThemOthersTakeTheDefault() {
    assertThat(cut.stuckAfter(RequestState.SUBMITTED)).isEqualTo(Duration.ofHours(24));
    assertThat(cut.stuckAfter(RequestState.SCHEDULED)).isEqualTo(Duration.ofHours(168));
    assertThat(cut.stuckAfter(RequestState.ACCEPTED)).isEqualTo(Duration.ofHours(72));
    assertThat(cut.stuckAfter(RequestState.INSTALLING))
        .as("an entry that does not parse")
        .isEqualTo(Duration.ofHours(72));
  }

  @Test
  void noneConfiguredPerStateMeansTheDefaultEverywhere() {
    cut.stuckHoursByState = "-";

    assertThat(cut.stuckLimits().values()).containsOnly(Duration.ofHours(72));
  }

  @Test
  void onlyTheStatesCustomerServiceWorksInHaveALimit() {
    assertThat(cut.stuckLimits().keySet())
        .containsExactlyInAnyOrder(
            RequestState.SUBMITTED,
            RequestState.ACCEPTED,
            RequestState.SCHEDULED,
            RequestState.INSTALLING);
  }

  @Test
  void theStuckConditionBindsEachStatesCutoff() {
    Instant now = Instant.parse("2026-12-07T12:00:00Z");
    Map<String, Object> parameters = new HashMap<>();

    String condition = cut.stuckCondition(parameters, now);

    assertThat(condition)
        .contains("e.state = :stuck_submitted AND e.stateSince < :since_submitted");
    assertThat(parameters)
        .containsEntry("stuck_submitted", RequestState.SUBMITTED)
        .containsEntry("since_submitted", now.minus(Duration.ofHours(24)))
        .containsEntry("since_accepted", now.minus(Duration.ofHours(72)))
        .doesNotContainKey("stuck_draft");
  }
}
