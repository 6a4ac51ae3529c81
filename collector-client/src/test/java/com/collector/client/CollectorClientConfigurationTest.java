package com.collector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorClientConfigurationTest {

  /** Names out of alphabetical order: the file keeps the portal's order. */
  static final String DOCUMENT =
      "{\"name\":\"desk\",\"sources\":[{\"kind\":\"folder\",\"interval\":30}],\"enabled\":true}";

  static final String PRETTY =
      """
      {
        "name": "desk",
        "sources": [
          {
            "kind": "folder",
            "interval": 30
          }
        ],
        "enabled": true
      }
      """;

  @TempDir Path dir;
  private FakePortal portal;
  private CollectorClient client;
  private Path file;

  @BeforeEach
  void start() throws Exception {
    portal = new FakePortal();
    client = new CollectorClient(portal.uri(), dir);
    file = client.configurationFile();
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  private void enroll() throws Exception {
    client.enroll("ABCD-EFGH-JK", new CollectorClient.Facts("DESK-1", "Windows 11", "4.2.0.17"));
  }

  private void pulled(long revision) throws Exception {
    enroll();
    portal.configRevision = revision;
    portal.configDocument = DOCUMENT;
    client.pullConfiguration(file);
  }

  @Test
  void enrollingWritesTheInstallationsConfigurationAndRecordsItsRevision() throws Exception {
    portal.enrollConfiguration = "{\"revision\":3,\"document\":" + DOCUMENT + "}";

    enroll();

    assertThat(file).isEqualTo(dir.resolve("config.json")).hasContent(PRETTY);
    assertThat(ClientState.load(dir).configurationRevision()).isEqualTo(3);
  }

  @Test
  void enrollingWithoutConfigurationWritesNothingAndHoldsNone() throws Exception {
    enroll();

    assertThat(file).doesNotExist();
    assertThat(ClientState.load(dir).configurationRevision()).isZero();

    portal.enrollConfiguration = "{\"revision\":3,\"document\":" + DOCUMENT + "}";
    enroll();
    portal.enrollConfiguration = "null";
    enroll();

    assertThat(file).as("written by nobody since").hasContent(PRETTY);
    assertThat(ClientState.load(dir).configurationRevision()).isZero();
  }

  @Test
  void aPullWritesTheNewerConfigurationAndRecordsItsRevision() throws Exception {
    enroll();
    portal.configRevision = 5;
    portal.configDocument = DOCUMENT;

    CollectorClient.Pulled pulled = client.pullConfiguration(file);

    assertThat(pulled).isEqualTo(new CollectorClient.Pulled(5, true));
    assertThat(portal.lastIfNoneMatch).as("none held, none sent").isNull();
    assertThat(file).hasContent(PRETTY);
    assertThat(ClientState.load(dir).configurationRevision()).isEqualTo(5);
  }

  @Test
  void aPullSendsTheHeldRevisionAndA304LeavesTheFile() throws Exception {
    pulled(5);
    Files.writeString(file, "{\"edited\": true}");

    CollectorClient.Pulled again = client.pullConfiguration(file);

    assertThat(portal.lastIfNoneMatch).isEqualTo("\"5\"");
    assertThat(portal.configNotModified).hasValue(1);
    assertThat(again).isEqualTo(new CollectorClient.Pulled(5, false));
    assertThat(file).hasContent("{\"edited\": true}");

    portal.configRevision = 6;
    assertThat(client.pullConfiguration(file).applied()).isTrue();
    assertThat(portal.lastIfNoneMatch).isEqualTo("\"5\"");
    assertThat(file).hasContent(PRETTY);
    assertThat(new CollectorClient(portal.uri(), dir).state().configurationRevision()).isEqualTo(6);
  }

  @Test
  void aHeldRevisionWhoseFileIsGoneIsFetchedAgain() throws Exception {
    pulled(5);
    Files.delete(file);

    assertThat(client.pullConfiguration(file).applied()).isTrue();

    assertThat(portal.lastIfNoneMatch).isNull();
    assertThat(file).hasContent(PRETTY);
  }

  @Test
  void revisionZeroIsNoConfigurationAndWritesNothing() throws Exception {
    enroll();

    assertThat(client.pullConfiguration(file)).isEqualTo(new CollectorClient.Pulled(0, false));
    assertThat(file).doesNotExist();
  }

  @Test
  void aPushSendsTheDocumentBasedOnTheAppliedRevisionAndWritesTheMergedOne() throws Exception {
    pulled(5);
    Files.writeString(file, "{\n  \"name\": \"desk-2\",\n  \"enabled\": false\n}\n");
    portal.pushReply =
        new FakePortal.Reply(
            200,
            "application/json",
            "{\"revision\":7,\"document\":{\"name\":\"desk-2\",\"enabled\":false,\"extra\":1},"
                + "\"merged\":true}");

    CollectorClient.Pushed pushed = client.pushConfiguration(file, "renamed");

    assertThat(pushed).isEqualTo(new CollectorClient.Pushed(7, true));
    assertThat(portal.lastIfMatch).isEqualTo("\"5\"");
    assertThat(portal.lastPush)
        .isEqualTo(
            "{\"document\":{\"name\":\"desk-2\",\"enabled\":false},\"comment\":\"renamed\"}");
    assertThat(file)
        .hasContent("{\n  \"name\": \"desk-2\",\n  \"enabled\": false,\n  \"extra\": 1\n}\n");
    assertThat(ClientState.load(dir).configurationRevision()).isEqualTo(7);
  }

  @Test
  void aFirstPushIsBasedOnRevisionZeroAndSendsNoCommentWhenNoneIsGiven() throws Exception {
    enroll();
    Files.writeString(file, DOCUMENT);
    portal.pushReply =
        new FakePortal.Reply(
            200, "application/json", "{\"revision\":1,\"document\":" + DOCUMENT + "}");

    assertThat(client.pushConfiguration(file, null))
        .isEqualTo(new CollectorClient.Pushed(1, false));
    assertThat(portal.lastIfMatch).isEqualTo("\"0\"");
    assertThat(portal.lastPush).isEqualTo("{\"document\":" + DOCUMENT + "}");
    assertThat(file).hasContent(PRETTY);
  }

  @Test
  void aConflictLeavesTheFileAndTheRevisionAndNamesEachPath() throws Exception {
    pulled(5);
    String edited = "{\"name\": \"mine\", \"sources\": [{\"interval\": 10}]}";
    Files.writeString(file, edited);
    portal.pushReply = new FakePortal.Reply(409, "application/problem+json", CONFLICT);

    assertThatThrownBy(() -> client.pushConfiguration(file, null))
        .isInstanceOfSatisfying(
            ConfigurationConflict.class,
            conflict -> {
              assertThat(conflict.revision()).isEqualTo(8);
              assertThat(conflict.conflicts())
                  .containsExactly(
                      new ConfigurationConflict.Conflict("/sources/0/interval", 60L, 10L),
                      new ConfigurationConflict.Conflict("/name", "theirs", "mine"));
            });
    assertThat(file).hasContent(edited);
    assertThat(ClientState.load(dir).configurationRevision()).isEqualTo(5);
  }

  static final String CONFLICT =
      "{\"type\":\"https://collector-portal.invalid/problems/conflict\",\"title\":\"Conflict\","
          + "\"status\":409,\"detail\":\"The portal changed the same values\",\"revision\":8,"
          + "\"conflicts\":[{\"path\":\"/sources/0/interval\",\"portal\":60,\"collector\":10},"
          + "{\"path\":\"/name\",\"portal\":\"theirs\",\"collector\":\"mine\"}]}";

  static final String INVALID =
      "{\"type\":\"https://collector-portal.invalid/problems/invalid\",\"title\":\"Invalid\","
          + "\"status\":422,\"detail\":\"The configuration does not match its schema\","
          + "\"errors\":[{\"field\":\"/sources/0/interval\",\"message\":\"must be at least 5\"}]}";

  @Test
  void aSchemaViolationIsRefusedWithTheProblemsFieldsAndLeavesTheFile() throws Exception {
    pulled(5);
    portal.pushReply = new FakePortal.Reply(422, "application/problem+json", INVALID);

    assertThatThrownBy(() -> client.pushConfiguration(file, null))
        .isInstanceOfSatisfying(
            RefusedConfiguration.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(422);
              assertThat(refused.detail()).isEqualTo("The configuration does not match its schema");
              assertThat(refused.errors())
                  .containsExactly(
                      new RefusedConfiguration.FieldError(
                          "/sources/0/interval", "must be at least 5"));
            });
    assertThat(file).hasContent(PRETTY);
    assertThat(ClientState.load(dir).configurationRevision()).isEqualTo(5);
  }

  @Test
  void anUnreadableFileIsNotPushed() throws Exception {
    enroll();
    Files.writeString(file, "{\"name\": ");

    assertThatThrownBy(() -> client.pushConfiguration(file, null))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("Malformed JSON");
    assertThat(portal.lastPush).isNull();
  }
}
