package com.collector.portal.subscriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlanEntitlementsTest {

  private final PlanEntitlements cut =
      new PlanEntitlements(true, false, true, false, 3, null, 90, List.of("sql", "odbc"));

  @Test
  void featuresAndLimitsAreTypedAndAnAbsentLimitIsUnlimited() {
    assertThat(cut.allows(Feature.SCHEDULED_EXTRACTIONS)).isTrue();
    assertThat(cut.allows(Feature.CONFIG_SYNC)).isFalse();
    assertThat(cut.limit(Limit.MAX_INSTALLATIONS)).isEqualTo(OptionalInt.of(3));
    assertThat(cut.limit(Limit.MAX_USERS)).isEmpty();
    assertThat(cut.allowsPlugin("odbc")).isTrue();
    assertThat(cut.allowsPlugin("ftp")).isFalse();
    assertThat(cut.features()).containsEntry("apiAccess", true).containsEntry("configSync", false);
    assertThat(cut.limits()).containsEntry("maxUsers", null).containsEntry("maxInstallations", 3);
  }

  @Test
  void nothingGrantsNothing() {
    PlanEntitlements none = PlanEntitlements.none();
    for (Feature feature : Feature.values()) {
      assertThat(none.allows(feature)).isFalse();
    }
    for (Limit limit : Limit.values()) {
      assertThat(none.limit(limit)).isEqualTo(OptionalInt.of(0));
    }
  }

  @Test
  void pluginIdsSurviveTheColumnWhateverTheyHold() {
    PluginListConverter converter = new PluginListConverter();
    List<String> ids = List.of("a,b", "quote\"d", "plain");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(ids)))
        .isEqualTo(ids);
    assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    assertThat(converter.convertToDatabaseColumn(null)).isEqualTo("[]");
  }

  @Test
  void termsCountCalendarMonthsInUtc() {
    Instant start = Instant.parse("2026-01-31T12:00:00Z");
    assertThat(Term.MONTHLY.after(start)).isEqualTo(Instant.parse("2026-02-28T12:00:00Z"));
    assertThat(Term.YEARLY.after(start)).isEqualTo(Instant.parse("2027-01-31T12:00:00Z"));
  }

  @Test
  void aPublishedVersionIsNumberedAndTheCurrentOneIsTheLatest() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    Plan plan = new Plan("/1/", " pro ", "Pro", "Pro FR", "Pro NL", Term.MONTHLY, 0, cut, now);
    PlanVersion second = plan.publish(Term.YEARLY, 30, PlanEntitlements.none(), now);

    assertThat(plan.code()).isEqualTo("pro");
    assertThat(plan.versions()).extracting(PlanVersion::number).containsExactly(1, 2);
    assertThat(plan.versions().get(0).trial()).isEmpty();
    assertThat(plan.current()).isSameAs(second);
    assertThat(second.trialDays()).isEqualTo(30);
    assertThat(second.ownerPath()).isEqualTo("/1/");
    assertThat(plan.name(com.collector.portal.identity.entity.Language.fr)).isEqualTo("Pro FR");
  }

  @Test
  void entitlementsCoverOthersThatLoseNothing() {
    PlanEntitlements more =
        new PlanEntitlements(
            true, true, true, false, null, null, 90, List.of("sql", "odbc", "ftp"));

    assertThat(more.covers(cut)).isTrue();
    assertThat(cut.covers(more)).isFalse();
    assertThat(cut.covers(cut)).isTrue();
    assertThat(PlanEntitlements.none().covers(cut)).isFalse();
  }
}
