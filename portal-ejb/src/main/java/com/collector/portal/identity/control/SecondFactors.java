package com.collector.portal.identity.control;

import com.collector.portal.identity.entity.RecoveryCode;
import com.collector.portal.identity.entity.SecondFactor;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** TOTP factors and recovery codes: who must have one, enrolment, and checking a code. */
@Dependent
public class SecondFactors {

  public static final int RECOVERY_CODES = 10;

  private static final int SECRET_BYTES = 20;
  private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How a second step was proved. */
  public enum Proof {
    AUTHENTICATOR,
    RECOVERY_CODE
  }

  @Inject Store store;
  @Inject SecretBox box;

  @Inject
  @ConfigProperty(name = "portal.mfa.required-for", defaultValue = "VENDOR")
  String requiredFor;

  /** Whether the kind of the user's organization must use two-step sign-in. */
  public boolean required(UserAccount user) {
    Set<String> kinds =
        Arrays.stream(requiredFor.split(","))
            .map(kind -> kind.strip().toUpperCase(Locale.ROOT))
            .filter(kind -> !kind.isEmpty() && !kind.equals("NONE"))
            .collect(Collectors.toSet());
    for (String kind : kinds) {
      // A typo must not quietly switch the requirement off.
      if (Arrays.stream(OrganizationKind.values()).noneMatch(k -> k.name().equals(kind))) {
        throw new IllegalStateException(
            "portal.mfa.required-for names an unknown organization kind: " + kind);
      }
    }
    return kinds.contains(user.organization().kind().name());
  }

  public Optional<SecondFactor> of(UserAccount user) {
    return store.single(SecondFactor.class, "e.user.id = :user", Map.of("user", user.id()));
  }

  /**
   * The user's factor, locked and re-read until the transaction ends: two requests with the same
   * code take turns, and the second sees the step the first used.
   */
  public Optional<SecondFactor> lockedOf(UserAccount user) {
    return of(user).map(factor -> store.findForUpdate(SecondFactor.class, factor.id()));
  }

  public boolean isEnabled(UserAccount user) {
    return of(user).filter(SecondFactor::isConfirmed).isPresent();
  }

  /** A new, unconfirmed seed for the user, replacing an earlier unconfirmed one. */
  public byte[] startEnrolment(UserAccount user, Instant now) {
    of(user).ifPresent(store::remove);
    store.flush("secondFactor");
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    store.add(new SecondFactor(user, box.seal(secret), now));
    return secret;
  }

  /** Checks an authenticator code, falling back to an unused recovery code. */
  public Optional<Proof> check(UserAccount user, String code, Instant now) {
    Optional<SecondFactor> factor = lockedOf(user).filter(SecondFactor::isConfirmed);
    if (factor.isEmpty() || code == null) {
      return Optional.empty();
    }
    String typed = code.replace(" ", "");
    if (acceptsTotp(factor.get(), typed, now)) {
      return Optional.of(Proof.AUTHENTICATOR);
    }
    Optional<RecoveryCode> recovery =
        store
            .single(
                RecoveryCode.class,
                "e.user.id = :user AND e.codeHash = :hash AND e.usedAt IS NULL",
                Map.of("user", user.id(), "hash", recoveryHash(typed)))
            .filter(r -> !r.isUsed());
    recovery.ifPresent(r -> r.use(now));
    return recovery.map(r -> Proof.RECOVERY_CODE);
  }

  /** Checks the code of a factor that may still be pending; the first good code confirms it. */
  public boolean acceptsTotp(SecondFactor factor, String code, Instant now) {
    OptionalLong step =
        Totp.matchingStep(box.open(factor.sealedSecret()), code, now, factor.lastStep());
    step.ifPresent(s -> factor.codeAccepted(s, now));
    return step.isPresent();
  }

  /** Replaces the user's recovery codes; the plain codes are returned to be shown once. */
  public List<String> newRecoveryCodes(UserAccount user, Instant now) {
    removeRecoveryCodes(user);
    List<String> codes = new ArrayList<>(RECOVERY_CODES);
    for (int i = 0; i < RECOVERY_CODES; i++) {
      String code = randomRecoveryCode();
      codes.add(code);
      store.add(new RecoveryCode(user, recoveryHash(code), now));
    }
    return codes;
  }

  public long recoveryCodesLeft(UserAccount user) {
    return store
        .list(
            RecoveryCode.class,
            "e.user.id = :user AND e.usedAt IS NULL",
            Map.of("user", user.id()),
            "e.id")
        .size();
  }

  /** Forgets the factor and the recovery codes: the next sign-in asks for the password only. */
  public void remove(UserAccount user) {
    of(user).ifPresent(store::remove);
    removeRecoveryCodes(user);
  }

  private void removeRecoveryCodes(UserAccount user) {
    store
        .list(RecoveryCode.class, "e.user.id = :user", Map.of("user", user.id()), "e.id")
        .forEach(store::remove);
    store.flush("recoveryCodes");
  }

  /**
   * Sixteen characters of about five bits each (79 bits: an unsalted hash resists guessing),
   * grouped for reading: {@code abcd-efgh-jkmn-pqrs}.
   */
  private static String randomRecoveryCode() {
    StringBuilder code = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
    }
    return code.toString();
  }

  private static String recoveryHash(String code) {
    return Secrets.sha256Hex(code.replace("-", "").toLowerCase(Locale.ROOT));
  }
}
