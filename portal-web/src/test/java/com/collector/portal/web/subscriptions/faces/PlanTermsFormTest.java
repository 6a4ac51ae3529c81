package com.collector.portal.web.subscriptions.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.subscriptions.boundary.EntitlementsView;
import com.collector.portal.subscriptions.boundary.PlanTerms;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.entity.Term;
import com.collector.portal.web.subscriptions.faces.PlanTermsForm.LimitValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanTermsFormTest {

  private static final EntitlementsView ENTITLEMENTS =
      new EntitlementsView(false, true, true, false, null, 5, 90, List.of("odbc", "sql-server"));

  @Test
  void prefillsTheCurrentTermsAndGivesThemBackUnchanged() {
    PlanView plan =
        new PlanView(
            7, "pro", Map.of("en", "Pro"), 2, Term.YEARLY, 14, ENTITLEMENTS, Instant.EPOCH);

    PlanTerms terms = PlanTermsForm.of(plan).toTerms();

    assertThat(terms)
        .isEqualTo(
            new PlanTerms(
                Term.YEARLY,
                14,
                false,
                true,
                true,
                false,
                null,
                5,
                90,
                List.of("odbc", "sql-server")));
  }

  @Test
  void readsPluginsSeparatedByCommasOrSpacesAndNoFeatureWhenNoneIsChecked() {
    PlanTermsForm cut = new PlanTermsForm();
    cut.setAllowedPlugins(" odbc,sql-server  csv ,");

    PlanTerms terms = cut.toTerms();

    assertThat(terms.allowedPlugins()).containsExactly("odbc", "sql-server", "csv");
    assertThat(terms.term()).isEqualTo(Term.MONTHLY);
    assertThat(List.of(terms.scheduledExtractions(), terms.configSync(), terms.apiAccess()))
        .containsOnly(false);
  }

  @Test
  void listsIncludedFeaturesAndEveryLimitWithNullForUnlimited() {
    assertThat(PlanTermsForm.features(ENTITLEMENTS)).containsExactly("configSync", "apiAccess");
    assertThat(PlanTermsForm.limits(ENTITLEMENTS))
        .containsExactly(
            new LimitValue("maxInstallations", null),
            new LimitValue("maxUsers", 5),
            new LimitValue("telemetryRetentionDays", 90));
  }
}
