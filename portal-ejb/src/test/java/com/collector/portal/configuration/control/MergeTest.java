package com.collector.portal.configuration.control;

import static com.collector.portal.configuration.control.Documents.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.configuration.control.Merge.Change;
import com.collector.portal.configuration.control.Merge.Outcome;
import com.collector.portal.configuration.control.Merge.Reason;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeTest {

  private static final JsonObject BASE =
      json(
          "{'general':{'language':'en','proxy':{'url':'http://proxy:8080'}},"
              + "'plugins':{'exact':{'companies':['001'],'source':{'server':'sql1'}}}}");

  private static Outcome merge(JsonObject mine, JsonObject theirs) {
    return Merge.merge(
        Leaves.of(theirs),
        Merge.changes(Leaves.of(BASE), Leaves.of(mine)),
        Merge.changes(Leaves.of(BASE), Leaves.of(theirs)),
        theirs,
        path -> false);
  }

  @Test
  void changesToDifferentKeysBothGoIn() {
    JsonObject mine =
        json(
            "{'general':{'language':'fr','proxy':{'url':'http://proxy:8080'}},"
                + "'plugins':{'exact':{'companies':['001'],'source':{'server':'sql1'}}}}");
    JsonObject theirs =
        json(
            "{'general':{'language':'en','proxy':{'url':'http://proxy:8080'}},"
                + "'plugins':{'exact':{'companies':['001','002'],'source':{'server':'sql2'}}}}");

    Outcome outcome = merge(mine, theirs);

    assertThat(outcome.conflicts()).isEmpty();
    JsonObject merged = Leaves.document(outcome.merged());
    assertThat(Leaves.at(merged, "/general/language").toString()).isEqualTo("\"fr\"");
    assertThat(Leaves.at(merged, "/plugins/exact/source/server").toString()).isEqualTo("\"sql2\"");
    assertThat(Leaves.at(merged, "/plugins/exact/companies").toString())
        .isEqualTo("[\"001\",\"002\"]");
  }

  @Test
  void theSameKeyChangedDifferentlyKeepsThePortalsValueAndReportsBoth() {
    JsonObject mine =
        json(
            "{'general':{'language':'nl','proxy':{'url':'http://proxy:8080'}},"
                + "'plugins':{'exact':{'companies':['001'],'source':{'server':'sql1'}}}}");
    JsonObject theirs =
        json(
            "{'general':{'language':'fr','proxy':{'url':'http://proxy:8080'}},"
                + "'plugins':{'exact':{'companies':['001'],'source':{'server':'sql1'}}}}");

    Outcome outcome = merge(mine, theirs);

    assertThat(outcome.applied()).isEmpty();
    assertThat(outcome.conflicts()).hasSize(1);
    Merge.Conflict conflict = outcome.conflicts().get(0);
    assertThat(conflict.path()).isEqualTo("/general/language");
    assertThat(conflict.kept().toString()).isEqualTo("\"fr\"");
    assertThat(conflict.other().toString()).isEqualTo("\"nl\"");
    assertThat(conflict.reason()).isEqualTo(Reason.BOTH_CHANGED);
    assertThat(Leaves.at(Leaves.document(outcome.merged()), "/general/language").toString())
        .isEqualTo("\"fr\"");
  }

  @Test
  void bothSidesMakingTheSameChangeIsNoConflict() {
    JsonObject both =
        json(
            "{'general':{'language':'fr','proxy':{'url':'http://proxy:8080'}},"
                + "'plugins':{'exact':{'companies':['001'],'source':{'server':'sql1'}}}}");

    Outcome outcome = merge(both, both);

    assertThat(outcome.conflicts()).isEmpty();
    assertThat(outcome.applied()).as("nothing left to do").isEmpty();
  }

  @Test
  void aChangeInsideABranchTheOtherSideRemovedConflicts() {
    JsonObject mine =
        json(
            "{'general':{'language':'en','proxy':{'url':'http://other:3128'}},"
                + "'plugins':{'exact':{'companies':['001'],'source':{'server':'sql1'}}}}");
    JsonObject theirs =
        json(
            "{'general':{'language':'en','proxy':'none'},"
                + "'plugins':{'exact':{'companies':['001'],'source':{'server':'sql1'}}}}");

    Outcome outcome = merge(mine, theirs);

    assertThat(outcome.conflicts())
        .extracting(Merge.Conflict::path)
        .containsExactly("/general/proxy/url");
  }

  @Test
  void aRemovedKeyIsAChangeToo() {
    JsonObject mine =
        json(
            "{'general':{'language':'en'},"
                + "'plugins':{'exact':{'companies':['001'],'source':{'server':'sql1'}}}}");

    Outcome outcome = merge(mine, BASE);

    assertThat(outcome.applied()).containsExactly(new Change("/general/proxy/url", null));
    assertThat(outcome.merged()).doesNotContainKey("/general/proxy/url");
  }

  @Test
  void aLockedKeyIsNotChangedAndSaysWhy() {
    JsonObject mine =
        json(
            "{'general':{'language':'fr','proxy':{'url':'http://proxy:8080'}},"
                + "'plugins':{'exact':{'companies':['001'],'source':{'server':'sql1'}}}}");

    Outcome outcome =
        Merge.merge(
            Leaves.of(BASE),
            Merge.changes(Leaves.of(BASE), Leaves.of(mine)),
            List.of(),
            BASE,
            path -> path.startsWith("/general"));

    assertThat(outcome.conflicts())
        .extracting(Merge.Conflict::reason)
        .containsExactly(Reason.LOCKED);
    assertThat(outcome.merged()).isEqualTo(Leaves.of(BASE));
  }
}
