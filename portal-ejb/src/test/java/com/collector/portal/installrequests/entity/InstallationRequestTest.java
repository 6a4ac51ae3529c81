package com.collector.portal.installrequests.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.platform.boundary.ConflictException;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstallationRequestTest {

  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

  private final InstallationRequest cut =
      new InstallationRequest(
          "/1/2/", null, "Shop", JsonValue.EMPTY_JSON_OBJECT, 7L, "partner@example.test", T0);

  @Test
  void theWholeWayIsKeptInTheHistory() {
    cut.submit("/1/2/3/", 3, "Shop", JsonValue.EMPTY_JSON_OBJECT, "partner", T0.plusSeconds(1));
    cut.accept(9, "Agent Nine", "agent", T0.plusSeconds(2));
    cut.schedule(T0.plus(Duration.ofDays(3)), "remote, 9:00", "agent", T0.plusSeconds(3));
    cut.schedule(T0.plus(Duration.ofDays(4)), "moved", "agent", T0.plusSeconds(4));
    cut.startInstalling("agent", T0.plusSeconds(5));
    cut.installed("Collector on DESK", T0.plusSeconds(6), "revision 1");
    cut.close("agent", T0.plusSeconds(7), null);

    assertThat(cut.state()).isEqualTo(RequestState.CLOSED);
    assertThat(cut.ownerPath()).isEqualTo("/1/2/3/");
    assertThat(cut.appointmentAt()).isEqualTo(T0.plus(Duration.ofDays(4)));
    assertThat(cut.handlerName()).isEqualTo("Agent Nine");
    assertThat(cut.history())
        .extracting(RequestTransition::to)
        .containsExactly(
            RequestState.DRAFT,
            RequestState.SUBMITTED,
            RequestState.ACCEPTED,
            RequestState.SCHEDULED,
            RequestState.SCHEDULED,
            RequestState.INSTALLING,
            RequestState.INSTALLED,
            RequestState.CLOSED);
    RequestTransition installed = cut.history().get(6);
    assertThat(installed.from()).isEqualTo(RequestState.INSTALLING);
    assertThat(installed.actor()).isEqualTo("Collector on DESK");
    assertThat(installed.at()).isEqualTo(T0.plusSeconds(6));
    assertThat(installed.note()).isEqualTo("revision 1");
  }

  @Test
  void aRejectionKeepsItsReasonAndEndsTheWork() {
    cut.submit("/1/2/3/", 3, "Shop", JsonValue.EMPTY_JSON_OBJECT, "partner", T0);
    cut.reject("no licence", "agent", T0.plusSeconds(1));

    assertThat(cut.rejectionReason()).isEqualTo("no licence");
    assertThat(cut.history().get(2).note()).isEqualTo("no licence");
    assertThatThrownBy(() -> cut.accept(9, "A", "agent", T0)).isInstanceOf(ConflictException.class);
    assertThat(cut.isStuck(Duration.ofHours(1), T0.plus(Duration.ofDays(9)))).isFalse();
  }

  @Test
  void customerServiceMayStillRejectAnAcceptedOrScheduledRequest() {
    cut.submit("/1/2/3/", 3, "Shop", JsonValue.EMPTY_JSON_OBJECT, "partner", T0);
    cut.accept(9, "A", "agent", T0.plusSeconds(1));
    InstallationRequest scheduled = submitted();
    scheduled.accept(9, "A", "agent", T0.plusSeconds(1));
    scheduled.schedule(T0.plus(Duration.ofDays(2)), null, "agent", T0.plusSeconds(2));

    cut.reject("customer withdrew", "agent", T0.plusSeconds(3));
    scheduled.reject("no machine", "agent", T0.plusSeconds(3));

    assertThat(cut.state()).isEqualTo(RequestState.REJECTED);
    assertThat(cut.history().get(3).from()).isEqualTo(RequestState.ACCEPTED);
    assertThat(scheduled.state()).isEqualTo(RequestState.REJECTED);
    assertThat(scheduled.rejectionReason()).isEqualTo("no machine");
  }

  @Test
  void onceInstallingStartsARequestCannotBeRejected() {
    InstallationRequest installing = submitted();
    installing.accept(9, "A", "agent", T0);
    installing.startInstalling("agent", T0);
    InstallationRequest installed = submitted();
    installed.accept(9, "A", "agent", T0);
    installed.startInstalling("agent", T0);
    installed.installed("Collector", T0, null);

    for (InstallationRequest late : java.util.List.of(installing, installed, cut)) {
      RequestState before = late.state();
      assertThatThrownBy(() -> late.reject("too late", "agent", T0.plusSeconds(9)))
          .isInstanceOfSatisfying(
              ConflictException.class, e -> assertThat(e.status()).isEqualTo(409));
      assertThat(late.state()).isEqualTo(before);
      assertThat(late.rejectionReason()).isNull();
    }
  }

  private static InstallationRequest submitted() {
    InstallationRequest request =
        new InstallationRequest(
            "/1/2/", null, "Shop", JsonValue.EMPTY_JSON_OBJECT, 7L, "partner@example.test", T0);
    request.submit("/1/2/3/", 3, "Shop", JsonValue.EMPTY_JSON_OBJECT, "partner", T0);
    return request;
  }

  @Test
  void stepsCannotBeSkipped() {
    assertThatThrownBy(() -> cut.accept(9, "A", "agent", T0))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("DRAFT cannot become ACCEPTED");
    cut.submit("/1/2/3/", 3, "Shop", JsonValue.EMPTY_JSON_OBJECT, "partner", T0);
    assertThatThrownBy(() -> cut.startInstalling("agent", T0))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> cut.installed("c", T0, null)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> cut.revise("/1/", null, null, JsonValue.EMPTY_JSON_OBJECT, T0))
        .as("a submitted request's answers are final")
        .isInstanceOf(ConflictException.class);
    assertThat(cut.history()).hasSize(2);
  }

  @Test
  void aRequestSittingTooLongInAWorkedStateIsStuck() {
    cut.submit("/1/2/3/", 3, "Shop", JsonValue.EMPTY_JSON_OBJECT, "partner", T0);

    assertThat(cut.isStuck(Duration.ofHours(72), T0.plus(Duration.ofHours(71)))).isFalse();
    assertThat(cut.isStuck(Duration.ofHours(72), T0.plus(Duration.ofHours(73)))).isTrue();
    cut.accept(9, "A", "agent", T0.plus(Duration.ofHours(73)));
    assertThat(cut.isStuck(Duration.ofHours(72), T0.plus(Duration.ofHours(74))))
        .as("the age counts from the last move")
        .isFalse();
  }

  @Test
  void aStayInAStateIsFlaggedStuckOnceAndAMoveStartsAfresh() {
    Duration limit = Duration.ofHours(72);
    cut.submit("/1/2/3/", 3, "Shop", JsonValue.EMPTY_JSON_OBJECT, "partner", T0);

    assertThat(cut.flagStuck(limit, T0.plus(Duration.ofHours(71)))).as("not yet").isFalse();
    assertThat(cut.flagStuck(limit, T0.plus(Duration.ofHours(73)))).isTrue();
    assertThat(cut.stuckFlaggedAt()).isEqualTo(T0.plus(Duration.ofHours(73)));
    assertThat(cut.flagStuck(limit, T0.plus(Duration.ofHours(99)))).as("once per stay").isFalse();

    cut.accept(9, "A", "agent", T0.plus(Duration.ofHours(100)));
    assertThat(cut.stuckFlaggedAt()).isNull();
    assertThat(cut.flagStuck(limit, T0.plus(Duration.ofHours(101)))).isFalse();
    assertThat(cut.flagStuck(limit, T0.plus(Duration.ofHours(173)))).isTrue();
  }

  @Test
  void draftsAreNeverStuck() {
    assertThat(cut.isStuck(Duration.ofHours(1), T0.plus(Duration.ofDays(30)))).isFalse();
    assertThat(cut.flagStuck(Duration.ofHours(1), T0.plus(Duration.ofDays(30)))).isFalse();
  }
}
