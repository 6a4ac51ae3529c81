package com.collector.portal.distribution.control;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.distribution.boundary.NewRelease;
import com.collector.portal.distribution.entity.Product;
import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.ReleaseFile;
import com.collector.portal.distribution.entity.ReleaseTerms;
import com.collector.portal.distribution.entity.ReleaseVersion;
import com.collector.portal.distribution.entity.SignedPackage;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.repository.versions.AppVersion;
import com.collector.repository.versions.VersionFormatException;
import com.collector.repository.versions.VersionRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database side of publishing: checks an upload's metadata before its body is read, and records
 * the release once its package is stored and signed. Each method is its own transaction, so an
 * upload never holds one open while the package streams in.
 */
@ApplicationScoped
public class ReleaseCatalog {

  static final int MAX_NOTES = 20_000;

  @Inject Store store;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The scope of a release manager of the vendor; everyone else gets 403. */
  public static TenantScope requirePublisher(TenantScope scope) {
    scope.require(Right.PUBLISH_RELEASES);
    if (scope.kind() != OrganizationKind.VENDOR) {
      throw new ForbiddenException("Only the vendor publishes releases");
    }
    return scope;
  }

  /** The vendor's Collector application product, created on first use. */
  public Product app() {
    TenantScope scope = requirePublisher(store.scope());
    return store
        .single(Product.class, "e.kind = :kind", Map.of("kind", ProductKind.APP))
        .orElseGet(
            () -> {
              Product app = store.add(Product.collectorApp(scope.path(), clock.instant()));
              store.flush("product");
              return app;
            });
  }

  /** Checks everything that needs no package; 403, 400 or 409 naming the field otherwise. */
  @Transactional
  public PreparedRelease prepare(NewRelease input) {
    requirePublisher(store.scope());
    Product product = product(input.product());
    ReleaseVersion version = parseVersion(product.kind(), input.version());
    String channel =
        input.channel() == null || input.channel().isBlank() ? "stable" : input.channel();
    if (!Release.CHANNEL.matcher(channel).matches()) {
      throw new InvalidInputException(
          "channel", "must be 1 to 32 lowercase letters, digits or '-', starting with a letter");
    }
    int rollout = input.rollout() == null ? 100 : input.rollout();
    if (rollout < 0 || rollout > 100) {
      throw new InvalidInputException("rollout", "must be 0 to 100");
    }
    input.notes().forEach(ReleaseCatalog::checkNotes);
    VersionRange<AppVersion> range = givenRange(product.kind(), input);
    if (isTaken(product, version)) {
      throw new ConflictException(
          "error.duplicate", "version", product.code() + " " + version.text() + " already exists");
    }
    return new PreparedRelease(
        product.id(),
        product.code(),
        product.kind(),
        version,
        channel,
        Boolean.TRUE.equals(input.mandatory()),
        rollout,
        input.notes(),
        range.min().orElse(null),
        range.max().orElse(null));
  }

  /**
   * Records the draft of a stored and signed package, with the ClickOnce files it hosts; 409 on
   * {@code version} if taken since.
   */
  @Transactional
  public Release record(PreparedRelease prepared, AcceptedPackage accepted, SignedPackage signed) {
    VersionRange<AppVersion> manifestRange = accepted.appVersions();
    TenantScope scope = requirePublisher(store.scope());
    Product product = store.find(Product.class, prepared.productId());
    String min = null;
    String max = null;
    if (product.kind() == ProductKind.PLUGIN) {
      AppVersion low =
          prepared.minAppVersion() != null
              ? prepared.minAppVersion()
              : manifestRange.min().orElse(null);
      AppVersion high =
          prepared.maxAppVersion() != null
              ? prepared.maxAppVersion()
              : manifestRange.max().orElse(null);
      if (low != null && high != null && low.compareTo(high) > 0) {
        throw new InvalidInputException(
            prepared.maxAppVersion() != null ? "maxAppVersion" : "minAppVersion",
            "the range " + low + " to " + high + " is empty (the manifest supplied the other end)");
      }
      min = low == null ? null : low.toString();
      max = high == null ? null : high.toString();
    }
    ReleaseTerms terms =
        new ReleaseTerms(
            prepared.channel(),
            notes(prepared.notes()),
            min,
            max,
            prepared.mandatory(),
            prepared.rollout());
    Release release =
        new Release(product, prepared.version(), terms, signed, scope.actor(), clock.instant());
    store.add(release);
    store.flush("version");
    for (HostedFile file : accepted.files()) {
      store.add(new ReleaseFile(release, file.path(), file.role(), file.sha256(), file.size()));
    }
    audit.record(
        "release.created", "release", release.id(), release.ownerPath(), null, auditState(release));
    return release;
  }

  private Product product(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("product", "is required");
    }
    if (Product.APP_CODE.equals(code)) {
      return app();
    }
    return store
        .single(Product.class, "e.code = :code", Map.of("code", code))
        .orElseThrow(() -> new InvalidInputException("product", "no product has the code " + code));
  }

  private boolean isTaken(Product product, ReleaseVersion version) {
    return store
        .single(
            Release.class,
            "e.product = :product AND e.versionPrecedence = :precedence",
            Map.of("product", product, "precedence", version.precedence()))
        .isPresent();
  }

  private static ReleaseVersion parseVersion(ProductKind kind, String text) {
    try {
      return ReleaseVersion.parse(kind, text == null ? null : text.strip(), "version");
    } catch (VersionFormatException e) {
      throw new InvalidInputException(e.field(), e.reason());
    }
  }

  private static VersionRange<AppVersion> givenRange(ProductKind kind, NewRelease input) {
    boolean given = notBlank(input.minAppVersion()) || notBlank(input.maxAppVersion());
    if (kind == ProductKind.APP) {
      if (given) {
        throw new InvalidInputException(
            notBlank(input.minAppVersion()) ? "minAppVersion" : "maxAppVersion",
            "only plugin releases have a compatibility range");
      }
      return VersionRange.any();
    }
    try {
      return VersionRange.parse(
          input.minAppVersion(),
          input.maxAppVersion(),
          "minAppVersion",
          "maxAppVersion",
          AppVersion::parse);
    } catch (VersionFormatException e) {
      throw new InvalidInputException(e.field(), e.reason());
    }
  }

  private static void checkNotes(Language language, String text) {
    if (text != null && text.length() > MAX_NOTES) {
      throw new InvalidInputException(
          "notes." + language.name(), "must be at most " + MAX_NOTES + " characters");
    }
  }

  private static Map<Language, String> notes(Map<Language, String> given) {
    Map<Language, String> notes = new EnumMap<>(Language.class);
    given.forEach((language, text) -> notes.put(language, text == null ? "" : text.strip()));
    return notes;
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  /** What the audit log keeps of a release. */
  public static Map<String, Object> auditState(Release release) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("product", release.product().code());
    state.put("version", release.version());
    state.put("channel", release.channel());
    state.put("state", release.state().name());
    state.put("mandatory", release.mandatory());
    state.put("rolloutPercent", release.rolloutPercent());
    state.put("sha256", release.signedPackage().sha256());
    state.put("keyId", release.signedPackage().keyId());
    return state;
  }
}
