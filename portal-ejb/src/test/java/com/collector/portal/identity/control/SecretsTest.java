package com.collector.portal.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void tokensAreFortyThreeUrlSafeCharacters() {
    String token = Secrets.newToken();

    assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void tokensDiffer() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      tokens.add(Secrets.newToken());
    }

    assertThat(tokens).hasSize(100);
  }

  @Test
  void passwordsHaveTheRequestedLengthAndAvoidLookAlikeCharacters() {
    assertThat(Secrets.newPassword(20)).hasSize(20).matches("[A-HJ-NP-Za-km-z2-9]{20}");
    assertThat(Secrets.newPassword(12)).hasSize(12);
    assertThat(Secrets.newPassword(1)).hasSize(1);
  }

  @Test
  void passwordsDiffer() {
    assertThat(Secrets.newPassword(20)).isNotEqualTo(Secrets.newPassword(20));
  }

  @Test
  void sha256HexMatchesTheKnownVectors() {
    assertThat(Secrets.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Secrets.sha256Hex(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
