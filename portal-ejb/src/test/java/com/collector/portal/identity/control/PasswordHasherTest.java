package com.collector.portal.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private static final String PASSWORD = "correct horse battery staple";

  private final PasswordHasher cut = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS);

  @Test
  void hashHasTheDocumentedFormatAndIsPbkdf2OfThePasswordWithTheStoredSalt() throws Exception {
    String[] parts = cut.hash(PASSWORD).split("\\$");

    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
    assertThat(parts[1]).isEqualTo("210000");
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] hash = Base64.getDecoder().decode(parts[3]);
    assertThat(salt).hasSize(16);
    assertThat(hash).isEqualTo(pbkdf2(PASSWORD, salt, 210_000));
  }

  @Test
  void aConfiguredCostBelowTheMinimumIsRaisedToTheMinimum() {
    PasswordHasher weak = new PasswordHasher(1_000);

    assertThat(iterationsOf(weak.hash(PASSWORD))).isEqualTo(PasswordHasher.MINIMUM_ITERATIONS);
  }

  @Test
  void aConfiguredCostAboveTheMinimumIsKept() {
    PasswordHasher stronger = new PasswordHasher(250_000);

    assertThat(iterationsOf(stronger.hash(PASSWORD))).isEqualTo(250_000);
  }

  @Test
  void verifiesTheRightPasswordAndRefusesAnyOther() {
    String stored = cut.hash(PASSWORD);

    assertThat(cut.verify(PASSWORD, stored)).isTrue();
    assertThat(cut.verify("correct horse battery stapl", stored)).isFalse();
    assertThat(cut.verify(PASSWORD.toUpperCase(), stored)).isFalse();
    assertThat(cut.verify("", stored)).isFalse();
  }

  @Test
  void hashesAreSaltedSoTheSamePasswordHashesDifferently() {
    String first = cut.hash(PASSWORD);
    String second = cut.hash(PASSWORD);

    assertThat(first).isNotEqualTo(second);
    assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
    assertThat(cut.verify(PASSWORD, first)).isTrue();
    assertThat(cut.verify(PASSWORD, second)).isTrue();
  }

  @Test
  void aHashStoredWithAnotherIterationCountStillVerifies() throws Exception {
    byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    String storedAtOtherCost =
        "pbkdf2-sha256$1000$"
            + b64.encodeToString(salt)
            + "$"
            + b64.encodeToString(pbkdf2(PASSWORD, salt, 1_000));

    assertThat(cut.verify(PASSWORD, storedAtOtherCost)).isTrue();
    assertThat(cut.verify("another password", storedAtOtherCost)).isFalse();
  }

  @Test
  void raisingTheCostLaterKeepsExistingPasswordsValid() {
    String storedBefore = cut.hash(PASSWORD);
    PasswordHasher raised = new PasswordHasher(250_000);

    assertThat(raised.verify(PASSWORD, storedBefore)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "not a hash",
        "pbkdf2-sha256",
        "pbkdf2-sha256$210000$c2FsdHNhbHRzYWx0c2FsdA",
        "pbkdf2-sha256$210000$c2FsdHNhbHRzYWx0c2FsdA$",
        "pbkdf2-sha256$210000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
        "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "bcrypt$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$1000$$aGFzaA",
        "pbkdf2-sha256$1000$not*base64!$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$not*base64!",
        "$$$"
      })
  void aMalformedStoredHashNeverMatchesAndNeverThrows(String stored) {
    assertThat(cut.verify(PASSWORD, stored)).isFalse();
  }

  private static int iterationsOf(String stored) {
    return Integer.parseInt(stored.split("\\$")[1]);
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) throws Exception {
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
        .getEncoded();
  }
}
