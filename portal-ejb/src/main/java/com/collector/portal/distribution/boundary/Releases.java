package com.collector.portal.distribution.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.distribution.control.AcceptedPackage;
import com.collector.portal.distribution.control.PackageSigning;
import com.collector.portal.distribution.control.PackageStorage;
import com.collector.portal.distribution.control.PreparedRelease;
import com.collector.portal.distribution.control.ReleaseCatalog;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.SignedPackage;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.PayloadTooLargeException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Publishing releases: upload (validated, stored under its SHA-256, signed, recorded as a draft),
 * publication, staged rollout raises and revocation. Only the vendor's holders of {@code
 * PUBLISH_RELEASES} (release managers, vendor administrators, their API tokens) may.
 */
@Stateless
public class Releases {

  @Inject Store store;
  @Inject ReleaseCatalog catalog;
  @Inject PackageStorage storage;
  @Inject PackageSigning signing;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Creates a draft from an uploaded package. The metadata is checked before the body is read; the
   * body streams to a temporary file under the size limit, is inspected (plugins), stored and
   * signed, and only then recorded. Runs outside a transaction so none stays open while the package
   * streams in; a refused upload leaves no row, and no blob unless it failed after storing some
   * (those stay: a concurrent upload of the same content may count on them).
   *
   * @param declaredLength the body's announced size, -1 when unknown: one above the limit is
   *     refused before anything is read
   * @throws PayloadTooLargeException 413 on {@code package}
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ReleaseView upload(NewRelease input, InputStream body, long declaredLength) {
    if (input == null) {
      throw new InvalidInputException("product", "is required");
    }
    PreparedRelease prepared = catalog.prepare(input);
    if (body == null) {
      throw new InvalidInputException(PackageStorage.FIELD, "is required");
    }
    if (declaredLength > storage.maxPackageBytes()) {
      throw new PayloadTooLargeException(PackageStorage.FIELD, storage.maxPackageBytes());
    }
    AcceptedPackage accepted =
        storage.accept(body, prepared.kind(), prepared.productCode(), prepared.version().text());
    SignedPackage signed = signing.sign(accepted.sha256(), accepted.size());
    return ReleaseView.of(catalog.record(prepared, accepted, signed));
  }

  /** Whether the caller may publish here, so a page can answer 403 instead of failing. */
  public boolean mayPublish() {
    TenantScope scope = store.scope();
    return scope.has(Right.PUBLISH_RELEASES) && scope.kind() == OrganizationKind.VENDOR;
  }

  /** The largest package an upload may carry, for pages to refuse early. */
  public long maxPackageBytes() {
    return storage.maxPackageBytes();
  }

  public ReleaseView find(long id) {
    ReleaseCatalog.requirePublisher(store.scope());
    return ReleaseView.of(store.find(Release.class, id));
  }

  /** Offers a draft to Collectors (within its rollout percentage). */
  public ReleaseView publish(long id) {
    return change(
        id,
        "release.published",
        (release, scope) -> {
          release.publish(scope.actor(), clock.instant());
        });
  }

  /** Withdraws a release: it is no longer offered; Collectors roll forward. */
  public ReleaseView revoke(long id) {
    return change(
        id,
        "release.revoked",
        (release, scope) -> {
          release.revoke(scope.actor(), clock.instant());
        });
  }

  /** Sets the rollout percentage; a published release's may only be raised. */
  public ReleaseView changeRollout(long id, Integer percent) {
    if (percent == null) {
      throw new InvalidInputException("percent", "is required");
    }
    return change(
        id,
        "release.rollout-changed",
        (release, scope) -> {
          release.changeRollout(percent, clock.instant());
        });
  }

  private ReleaseView change(long id, String action, BiConsumer<Release, TenantScope> operation) {
    TenantScope scope = ReleaseCatalog.requirePublisher(store.scope());
    Release release = store.findForUpdate(Release.class, id);
    Map<String, Object> before = ReleaseCatalog.auditState(release);
    operation.accept(release, scope);
    release.changedReleaseSet(store.nextId("release_set_version"));
    store.flush("state");
    audit.record(
        action,
        "release",
        release.id(),
        release.ownerPath(),
        before,
        ReleaseCatalog.auditState(release));
    return ReleaseView.of(release);
  }
}
