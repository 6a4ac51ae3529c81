package com.collector.portal.configuration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.tenancy.entity.Organization;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretSealingTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  private final Organization vendor = Organization.vendor(1, "Vendor", NOW);
  private final Organization customer =
      vendor.addChild(2, "Partner", null, NOW).addChild(3, "Shop", null, NOW);
  private final SecretSealing sealing = sealing();

  private static SecretSealing sealing() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    SecretKey key = new SecretKeySpec(raw, "AES");
    SecretSealing sealing = new SecretSealing();
    sealing.keys =
        new DataKeys() {
          @Override
          public SecretKey loadOrCreate(Organization owner) {
            return key;
          }

          @Override
          public SecretKey load(long organizationId) {
            return key;
          }
        };
    sealing.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return sealing;
  }

  @Test
  void aSealedSecretOpensAtItsPlaceAndShowsNothingOfItself() {
    JsonValue sealed = sealing.seal(customer, "/general/proxy/password", "Pa55-word");

    assertThat(sealed.toString()).doesNotContain("Pa55-word");
    assertThat(SecretValues.isSealed(sealed)).isTrue();
    assertThat(SecretValues.masked(sealed).toString())
        .isEqualTo("{\"$secret\":\"set\",\"changedAt\":\"2026-12-03T10:00:00Z\"}");
    assertThat(sealing.open("/general/proxy/password", sealed).getString()).isEqualTo("Pa55-word");
    assertThat(sealing.seal(customer, "/general/proxy/password", "Pa55-word"))
        .as("a fresh nonce each time")
        .isNotEqualTo(sealed);
  }

  @Test
  void aSealedSecretMovedToAnotherKeyOrChangedDoesNotOpen() {
    JsonObject sealed =
        sealing.seal(customer, "/plugins/exact/source/password", "Pa55-word").asJsonObject();

    assertThatThrownBy(() -> sealing.open("/plugins/other/source/password", sealed))
        .isInstanceOf(IllegalStateException.class);
    byte[] bytes = Base64.getDecoder().decode(sealed.getString("$sealed").substring(3));
    bytes[bytes.length - 1] ^= 1;
    JsonObject tampered =
        Leaves.JSON
            .createObjectBuilder(sealed)
            .add("$sealed", "v1:" + Base64.getEncoder().encodeToString(bytes))
            .build();
    assertThatThrownBy(() -> sealing.open("/plugins/exact/source/password", tampered))
        .isInstanceOf(IllegalStateException.class);
  }
}
