package com.collector.portal.web.subscriptions.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.subscriptions.boundary.SubscriptionView;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionActionsTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void anActiveSubscriptionIsRenewedCancelledAndChangedByAManager() {
    SubscriptionActions cut = actions(SubscriptionState.ACTIVE, true, null, true, false);

    assertThat(cut.renew()).isTrue();
    assertThat(cut.cancel()).isTrue();
    assertThat(cut.changePlan()).isTrue();
    assertThat(cut.autoRenewOff()).isTrue();
    assertThat(cut.autoRenewOn()).isFalse();
    assertThat(cut.undoCancellation()).isFalse();
    assertThat(cut.cancelPlanChange()).isFalse();
    assertThat(cut.terminate()).as("vendor staff only").isFalse();
  }

  @Test
  void aReaderIsOfferedNothing() {
    SubscriptionActions cut = actions(SubscriptionState.ACTIVE, true, "small", false, true);

    assertThat(cut.any()).isFalse();
  }

  @Test
  void aCancelledSubscriptionIsUndoneUntilItsTermEndsAndTerminatedByTheVendor() {
    SubscriptionActions cut = actions(SubscriptionState.CANCELLED, false, null, true, true);

    assertThat(cut.undoCancellation()).isTrue();
    assertThat(cut.terminate()).isTrue();
    assertThat(cut.renew()).isFalse();
    assertThat(cut.cancel()).isFalse();
    assertThat(cut.changePlan()).isFalse();
    assertThat(cut.autoRenewOn()).isFalse();
  }

  @Test
  void inGraceItIsRenewedButNeitherCancelledNorChanged() {
    SubscriptionActions cut = actions(SubscriptionState.GRACE, false, null, true, false);

    assertThat(cut.renew()).isTrue();
    assertThat(cut.autoRenewOn()).isTrue();
    assertThat(cut.cancel()).isFalse();
    assertThat(cut.changePlan()).isFalse();
  }

  @Test
  void anEndedSubscriptionOffersNothingButAScheduledChangeIsWithdrawable() {
    assertThat(actions(SubscriptionState.EXPIRED, false, null, true, true).any()).isFalse();
    assertThat(actions(SubscriptionState.TERMINATED, false, null, true, true).any()).isFalse();
    assertThat(actions(SubscriptionState.TRIAL, true, "small", true, false).cancelPlanChange())
        .isTrue();
  }

  @Test
  void aTermPaidInAdvanceIsNotRenewedTwice() {
    SubscriptionView ahead =
        view(
            SubscriptionState.ACTIVE,
            true,
            null,
            NOW.plus(Duration.ofDays(3)),
            NOW.plus(Duration.ofDays(33)));

    assertThat(new SubscriptionActions(ahead, NOW, true, false, true).renew()).isFalse();
  }

  private static SubscriptionActions actions(
      SubscriptionState state,
      boolean autoRenew,
      String scheduled,
      boolean manager,
      boolean vendor) {
    return new SubscriptionActions(
        view(
            state,
            autoRenew,
            scheduled,
            NOW.minus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(20))),
        NOW,
        manager,
        vendor,
        true);
  }

  private static SubscriptionView view(
      SubscriptionState state, boolean autoRenew, String scheduled, Instant start, Instant end) {
    return new SubscriptionView(
        1, 2, "Shop", 3, "large", 1, scheduled, state, autoRenew, start, null, start, end, null,
        null, null, null, 0, List.of());
  }
}
