package com.collector.portal.distribution.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.distribution.entity.ReleaseState;
import com.collector.portal.distribution.entity.SignedPackage;
import com.collector.repository.rollout.Rollout;
import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.PluginVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdatePolicyTest {

  private static final AppVersion APP = AppVersion.parse("4.2.0.17");
  private static final Access OK = new Access(Access.OK, null, Set.of("ocr", "odbc"));
  private static final Access GRACE = new Access(Access.GRACE, "grace", Set.of("ocr", "odbc"));
  private static final Access NONE = new Access(Access.NONE, "none", Set.of());

  private final List<Offer> offers = new ArrayList<>();

  private Offer plugin(String id, String version, ReleaseState state) {
    return plugin(id, version, state, "stable", null, null, 100);
  }

  private Offer plugin(
      String id,
      String version,
      ReleaseState state,
      String channel,
      String min,
      String max,
      int percent) {
    Offer offer =
        new Offer(
            id,
            false,
            version,
            channel,
            min,
            max,
            false,
            percent,
            state,
            id + "@" + version,
            new SignedPackage("a".repeat(64), 10, "sig", "key", "RS256"));
    offers.add(offer);
    return offer;
  }

  private Offer app(String version, boolean mandatory, ReleaseState state) {
    Offer offer =
        new Offer(
            "collector",
            true,
            version,
            "stable",
            null,
            null,
            mandatory,
            100,
            state,
            "collector@" + version,
            new SignedPackage("b".repeat(64), 10, "sig", "key", "RS256"));
    offers.add(offer);
    return offer;
  }

  private UpdateDecision decide(Map<String, String> installed, Access access) {
    return decide(7L, "stable", installed, access);
  }

  private UpdateDecision decide(
      long installation, String channel, Map<String, String> installed, Access access) {
    Map<String, PluginVersion> versions = new HashMap<>();
    installed.forEach((id, v) -> versions.put(id, PluginVersion.parse(v)));
    return new UpdatePolicy(offers).decide(installation, APP, channel, versions, access);
  }

  private static PluginAction action(UpdateDecision decision, String id) {
    return decision.plugins().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  @Test
  void installsUpdatesAndKeepsTheHighestPublishedVersion() {
    plugin("ocr", "1.0.0", ReleaseState.PUBLISHED);
    plugin("ocr", "1.10.0", ReleaseState.PUBLISHED);
    plugin("ocr", "1.9.0", ReleaseState.PUBLISHED);
    plugin("ocr", "2.0.0", ReleaseState.DRAFT);
    plugin("odbc", "3.0.0", ReleaseState.PUBLISHED);

    UpdateDecision decision = decide(Map.of("ocr", "1.0.0"), OK);

    assertThat(action(decision, "ocr").action()).isEqualTo(PluginAction.UPDATE);
    assertThat(action(decision, "ocr").version()).as("SemVer, not text order").isEqualTo("1.10.0");
    assertThat(action(decision, "ocr").offer().signedPackage().sha256()).isEqualTo("a".repeat(64));
    assertThat(action(decision, "odbc").action()).isEqualTo(PluginAction.INSTALL);
    assertThat(decide(Map.of("ocr", "1.10.0"), OK).plugins().get(0).action())
        .isEqualTo(PluginAction.KEEP);
    assertThat(action(decide(Map.of("ocr", "5.0.0"), OK), "ocr").action())
        .as("a newer installed version is kept")
        .isEqualTo(PluginAction.KEEP);
  }

  @Test
  void stableFollowersNeverSeeBetaButBetaFollowersSeeStable() {
    plugin("ocr", "1.0.0", ReleaseState.PUBLISHED);
    plugin("ocr", "1.1.0-beta.1", ReleaseState.PUBLISHED, "beta", null, null, 100);
    plugin("ocr", "1.2.0", ReleaseState.PUBLISHED, "pilot", null, null, 100);

    assertThat(action(decide(7, "stable", Map.of(), OK), "ocr").version()).isEqualTo("1.0.0");
    assertThat(action(decide(7, null, Map.of(), OK), "ocr").version()).isEqualTo("1.0.0");
    assertThat(action(decide(7, "beta", Map.of(), OK), "ocr").version()).isEqualTo("1.1.0-beta.1");
    plugin("ocr", "1.0.1", ReleaseState.PUBLISHED);
    assertThat(action(decide(7, "beta", Map.of(), OK), "ocr").version())
        .as("the beta channel still gets the higher stable one")
        .isEqualTo("1.1.0-beta.1");
    assertThat(action(decide(7, "pilot", Map.of(), OK), "ocr").version()).isEqualTo("1.2.0");
  }

  @Test
  void onlyReleasesCompatibleWithTheInstalledAppAreOffered() {
    plugin("ocr", "1.0.0", ReleaseState.PUBLISHED, "stable", "4.0.0.0", "4.2.0.17", 100);
    plugin("ocr", "2.0.0", ReleaseState.PUBLISHED, "stable", "5.0.0.0", null, 100);
    plugin("ocr", "1.5.0", ReleaseState.PUBLISHED, "stable", null, "4.1.0.0", 100);

    assertThat(action(decide(Map.of(), OK), "ocr").version()).isEqualTo("1.0.0");
  }

  @Test
  void aRolloutOffersTheReleaseToItsShareAndRaisingItNeverDropsAnInstallation() {
    plugin("ocr", "1.0.0", ReleaseState.PUBLISHED);
    Offer staged = plugin("ocr", "1.1.0", ReleaseState.PUBLISHED, "stable", null, null, 30);
    int offered = 0;
    List<Long> included = new ArrayList<>();
    for (long id = 1; id <= 2000; id++) {
      PluginAction action = action(decide(id, "stable", Map.of("ocr", "1.0.0"), OK), "ocr");
      boolean gets = action.action().equals(PluginAction.UPDATE);
      assertThat(gets).isEqualTo(Rollout.includes(Long.toString(id), staged.rolloutKey(), 30));
      if (gets) {
        offered++;
        included.add(id);
      }
    }
    assertThat(offered).isBetween(500, 700);
    offers.remove(staged);
    plugin("ocr", "1.1.0", ReleaseState.PUBLISHED, "stable", null, null, 60);
    for (long id : included) {
      assertThat(action(decide(id, "stable", Map.of("ocr", "1.0.0"), OK), "ocr").action())
          .as("installation %d keeps the release at 60 %%", id)
          .isEqualTo(PluginAction.UPDATE);
    }
    offers.remove(offers.size() - 1);
    plugin("ocr", "1.1.0", ReleaseState.PUBLISHED, "stable", null, null, 0);
    assertThat(
            action(decide(included.get(0), "stable", Map.of("ocr", "1.0.0"), OK), "ocr").action())
        .as("0 %% offers it to nobody")
        .isEqualTo(PluginAction.KEEP);
  }

  @Test
  void aRevokedInstalledVersionRollsForwardToTheBestRemainingOrIsRemoved() {
    plugin("ocr", "1.0.0", ReleaseState.PUBLISHED);
    plugin("ocr", "1.1.0", ReleaseState.REVOKED);

    PluginAction rolled = action(decide(Map.of("ocr", "1.1.0"), OK), "ocr");
    assertThat(rolled.action()).isEqualTo(PluginAction.UPDATE);
    assertThat(rolled.version()).isEqualTo("1.0.0");
    assertThat(rolled.offer()).isNotNull();

    offers.clear();
    plugin("ocr", "1.1.0", ReleaseState.REVOKED);
    PluginAction removed = action(decide(Map.of("ocr", "1.1.0"), OK), "ocr");
    assertThat(removed.action()).isEqualTo(PluginAction.REMOVE);
    assertThat(removed.offer()).isNull();
    assertThat(action(decide(Map.of(), OK), "ocr")).as("nothing to install").isNull();
  }

  @Test
  void pluginsThePlanDoesNotAllowAreNeitherInstalledNorKept() {
    plugin("ocr", "1.0.0", ReleaseState.PUBLISHED);
    plugin("secret", "1.0.0", ReleaseState.PUBLISHED);

    UpdateDecision decision = decide(Map.of("legacy", "0.1.0", "ocr", "1.0.0"), OK);

    assertThat(action(decision, "secret")).isNull();
    assertThat(action(decision, "legacy").action()).isEqualTo(PluginAction.REMOVE);
    assertThat(action(decision, "legacy").version()).isEqualTo("0.1.0");
    assertThat(action(decision, "ocr").action()).isEqualTo(PluginAction.KEEP);
    Access ungoverned = new Access(Access.OK, null, null);
    assertThat(action(decide(Map.of(), ungoverned), "secret").action())
        .as("a customer never subscribed is not governed yet")
        .isEqualTo(PluginAction.INSTALL);
  }

  @Test
  void graceUpdatesWhatIsInstalledButInstallsNothingNew() {
    plugin("ocr", "1.0.0", ReleaseState.PUBLISHED);
    plugin("ocr", "1.1.0", ReleaseState.PUBLISHED);
    plugin("odbc", "1.0.0", ReleaseState.PUBLISHED);

    UpdateDecision decision = decide(Map.of("ocr", "1.0.0", "gone", "1.0.0"), GRACE);

    assertThat(action(decision, "ocr").action()).isEqualTo(PluginAction.UPDATE);
    assertThat(action(decision, "odbc")).isNull();
    assertThat(action(decision, "gone").action()).isEqualTo(PluginAction.REMOVE);
    assertThat(decision.access().status()).isEqualTo(Access.GRACE);
  }

  @Test
  void withoutAValidSubscriptionNothingChanges() {
    plugin("ocr", "1.1.0", ReleaseState.PUBLISHED);
    plugin("odbc", "1.0.0", ReleaseState.PUBLISHED);

    UpdateDecision decision = decide(Map.of("ocr", "1.0.0", "gone", "1.0.0"), NONE);

    assertThat(decision.plugins())
        .extracting(PluginAction::id, PluginAction::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("gone", PluginAction.KEEP),
            org.assertj.core.groups.Tuple.tuple("ocr", PluginAction.KEEP));
  }

  @Test
  void theHighestMandatoryPublishedAppReleaseAboveTheInstalledOneIsRequired() {
    app("4.2.0.16", true, ReleaseState.PUBLISHED);
    assertThat(decide(Map.of(), OK).requiredApp()).as("older").isNull();
    app("4.3.0.0", false, ReleaseState.PUBLISHED);
    assertThat(decide(Map.of(), OK).requiredApp()).as("not mandatory").isNull();
    app("4.4.0.0", true, ReleaseState.PUBLISHED);
    app("4.5.0.0", true, ReleaseState.REVOKED);
    app("4.6.0.0", true, ReleaseState.DRAFT);
    assertThat(decide(Map.of(), OK).requiredApp().version()).isEqualTo("4.4.0.0");
    assertThat(decide(Map.of(), NONE).requiredApp().version())
        .as("the app is required whatever the subscription")
        .isEqualTo("4.4.0.0");
  }

  @Test
  void pluginsAreOrderedById() {
    plugin("odbc", "1.0.0", ReleaseState.PUBLISHED);
    plugin("ocr", "1.0.0", ReleaseState.PUBLISHED);

    assertThat(decide(Map.of(), OK).plugins())
        .extracting(PluginAction::id)
        .containsExactly("ocr", "odbc");
  }
}
