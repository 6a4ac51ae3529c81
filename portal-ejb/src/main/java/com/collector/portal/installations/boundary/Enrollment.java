package com.collector.portal.installations.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.AccessTokenClaims;
import com.collector.portal.identity.control.ApiTokenKeys;
import com.collector.portal.identity.control.Secrets;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.installations.control.EnrollmentCodes;
import com.collector.portal.installations.control.EnrollmentThrottle;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.UnauthenticatedException;
import com.collector.portal.platform.control.DataChanges;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Collector's side of installations, before it has a token: enrolling with a one-time code,
 * then trading its credential for short-lived access tokens. Both run under named system scopes, as
 * sign-in does: the caller is not authenticated yet.
 */
@Stateless
public class Enrollment {

  /**
   * Prefix of installation credentials, telling them apart at a glance (and to secret scanners).
   */
  public static final String CREDENTIAL_PREFIX = "cpic_";

  static final Duration LONGEST_ACCESS = Duration.ofMinutes(15);

  @Inject Store store;
  @Inject DataChanges changes;
  @Inject CurrentScope current;
  @Inject Inputs inputs;
  @Inject AuditLog audit;
  @Inject EnrollmentThrottle throttle;
  @Inject ApiTokenKeys keys;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.installation.token-minutes", defaultValue = "15")
  int tokenMinutes;

  /**
   * Enrolls the installation whose open code is {@code input.code()}: it becomes active with the
   * machine's facts and a new credential, answered once; a previous credential stops working. A
   * wrong, expired or used code is one and the same 400 naming {@code code}.
   */
  public Enrolled enroll(Enrolling input, String origin) {
    inputs.valid(input, "enrollment");
    Instant now = clock.instant();
    throttle.requireNotBlocked(origin, now);
    String normalized = EnrollmentCodes.normalize(input.code());
    Optional<Installation> found =
        normalized == null
            ? Optional.empty()
            : current.runAs(
                TenantScope.system("enrollment"),
                () ->
                    store
                        .single(
                            Installation.class,
                            "e.codeHash = :hash",
                            Map.of("hash", Secrets.sha256Hex(normalized)))
                        .map(i -> store.findForUpdate(Installation.class, i.id())));
    if (found.isEmpty() || !found.get().acceptsCode(Secrets.sha256Hex(normalized), now)) {
      throttle.recordFailure(origin, now);
      throw new InvalidInputException("code", "is not a valid enrollment code");
    }
    Installation installation = found.get();
    String credential = CREDENTIAL_PREFIX + Secrets.newToken();
    boolean reEnrolled = installation.credentialIssuedAt() != null;
    installation.enroll(input.facts(), Secrets.sha256Hex(credential), now);
    // Its tokens end here and now, not when kept scopes time out.
    changes.changed(Installation.class);
    throttle.succeeded(origin);
    current.runAs(
        TenantScope.system("enrollment"),
        () -> {
          audit.record(
              reEnrolled ? "installation.re-enrolled" : "installation.enrolled",
              "installation",
              installation.id(),
              installation.ownerPath(),
              null,
              Installations.state(installation));
          return null;
        });
    return new Enrolled(installation.id(), credential, reEnrolled);
  }

  /**
   * A short-lived access token for an active installation presenting its current credential; a
   * retired installation or a replaced credential gets 401. Notes the contact (at most once a
   * minute).
   */
  public InstallationToken token(Long installationId, String credential) {
    if (installationId == null) {
      throw new InvalidInputException("installationId", "is required");
    }
    if (credential == null || credential.isBlank()) {
      throw new InvalidInputException("credential", "is required");
    }
    Instant now = clock.instant();
    Installation installation =
        current
            .runAs(
                TenantScope.system("installation-token"),
                () -> store.findOptional(Installation.class, installationId))
            .filter(i -> i.acceptsCredential(Secrets.sha256Hex(credential)))
            .orElseThrow(
                () ->
                    new UnauthenticatedException(
                        "error.signInRequired",
                        "The installation is unknown or retired, or the credential was replaced"));
    installation.recordContact(now);
    Duration lifetime = Duration.ofMinutes(tokenMinutes);
    if (lifetime.compareTo(LONGEST_ACCESS) > 0 || lifetime.isNegative() || lifetime.isZero()) {
      lifetime = LONGEST_ACCESS;
    }
    String subject = CurrentScope.INSTALLATION_PRINCIPAL + installation.id();
    // The upn binds the token to this credential: a re-enrollment ends it at the next request.
    String principal =
        subject + CurrentScope.INSTALLATION_MARK_SEPARATOR + installation.credentialMark();
    Set<String> groups =
        Right.collectorRights().stream().map(Right::name).collect(Collectors.toSet());
    String access =
        keys.issue(
            new AccessTokenClaims(
                subject,
                principal,
                installation.customer().path(),
                groups,
                now,
                now.plus(lifetime),
                installation.customer().id()));
    return new InstallationToken(access, "Bearer", lifetime.toSeconds());
  }
}
