package com.collector.portal.configuration.control;

import static com.collector.portal.configuration.control.Documents.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.configuration.control.Layers.Layer;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeavesAndLayersTest {

  @Test
  void aDocumentComesBackWholeFromItsLeavesWithArraysAndSecretsAsOneLeaf() {
    JsonObject document =
        json(
            "{'general':{'schedule':[{'cron':'0 2 * * *','timeZone':'UTC'}]},"
                + "'plugins':{'a/b~c':{'source':{'password':{'$sealed':'v1:x','key':3,'changedAt':'t'}}}}}");

    assertThat(Leaves.of(document).keySet())
        .containsExactly("/general/schedule", "/plugins/a~1b~0c/source/password");
    assertThat(Leaves.document(Leaves.of(document))).isEqualTo(document);
    assertThat(Leaves.at(document, "/plugins/a~1b~0c/source/password/key").toString())
        .isEqualTo("3");
  }

  @Test
  void lowerLevelsOverrideKeyByKeyAndEachValueNamesItsLevel() {
    Layers.Effective effective =
        Layers.of(
            List.of(
                new Layer(
                    "partner", json("{'general':{'language':'nl','logLevel':'info'}}"), Set.of()),
                new Layer("customer", json("{'general':{'language':'fr'}}"), Set.of()),
                new Layer("installation", json("{'general':{'logLevel':'debug'}}"), Set.of())));

    assertThat(effective.document())
        .isEqualTo(json("{'general':{'language':'fr','logLevel':'debug'}}"));
    assertThat(effective.sources())
        .containsEntry("/general/language", "customer")
        .containsEntry("/general/logLevel", "installation");
  }

  @Test
  void aLockedKeyKeepsTheValueOfTheLevelThatLockedIt() {
    Layers.Effective effective =
        Layers.of(
            List.of(
                new Layer(
                    "partner",
                    json("{'general':{'proxy':{'url':'http://p:1'}}}"),
                    Set.of("/general/proxy")),
                new Layer(
                    "installation",
                    json("{'general':{'proxy':{'url':'http://mine:2'},'language':'en'}}"),
                    Set.of())));

    assertThat(Leaves.at(effective.document(), "/general/proxy/url").toString())
        .isEqualTo("\"http://p:1\"");
    assertThat(effective.sources()).containsEntry("/general/proxy/url", "partner");
    assertThat(effective.sources()).containsEntry("/general/language", "installation");
    assertThat(Layers.lockOver(effective.lockedBy(), "/general/proxy/url")).isEqualTo("partner");
    assertThat(Layers.lockOver(effective.lockedBy(), "/general/language")).isNull();
  }

  @Test
  void theAncestryOfAPathListsEachLevelDown() {
    assertThat(Revisions.ancestry("/1/5/9/")).containsExactly("/1/", "/1/5/", "/1/5/9/");
  }
}
