package com.collector.portal.tenancy.control;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who is acting and on which subtree: derived from the authenticated principal, never from request
 * input. A system scope (background work, sign-in) is named so it can be logged and audited.
 *
 * @param actor e-mail of the user, or {@code system:<job>}
 * @param userId the acting user, null for a system scope
 * @param organizationId the user's organization, null for a system scope
 * @param path the subtree the actor may act on
 * @param viaApiToken whether an API token acts for the user (automation, not the person)
 * @param hiddenPaths subtrees inside {@code path} the actor may not see: customers that suspended
 *     their partner's access
 * @param restriction why the actor's rights were cut down to a few (read-only), or null
 * @param installationId the Collector installation acting by its own credential (no person), or
 *     null
 */
public record TenantScope(
    String actor,
    Long userId,
    Long organizationId,
    String path,
    OrganizationKind kind,
    Set<Right> rights,
    boolean viaApiToken,
    List<String> hiddenPaths,
    ScopeLimits.Restriction restriction,
    Long installationId) {

  public TenantScope {
    rights = Set.copyOf(rights);
    hiddenPaths = List.copyOf(hiddenPaths);
  }

  /** The scope of a person, or of an API token acting for one. */
  public TenantScope(
      String actor,
      Long userId,
      Long organizationId,
      String path,
      OrganizationKind kind,
      Set<Right> rights,
      boolean viaApiToken,
      List<String> hiddenPaths,
      ScopeLimits.Restriction restriction) {
    this(
        actor,
        userId,
        organizationId,
        path,
        kind,
        rights,
        viaApiToken,
        hiddenPaths,
        restriction,
        null);
  }

  /** A scope over the whole tree for named background work. */
  public static TenantScope system(String job) {
    return new TenantScope(
        "system:" + job,
        null,
        null,
        "/",
        OrganizationKind.VENDOR,
        EnumSet.allOf(Right.class),
        false,
        List.of(),
        null);
  }

  /** This scope keeping only the rights {@code restriction} leaves. */
  public TenantScope restrictedBy(ScopeLimits.Restriction restriction) {
    Set<Right> kept = EnumSet.noneOf(Right.class);
    kept.addAll(rights);
    kept.retainAll(restriction.kept());
    return new TenantScope(
        actor,
        userId,
        organizationId,
        path,
        kind,
        kept,
        viaApiToken,
        hiddenPaths,
        restriction,
        installationId);
  }

  public boolean isSystem() {
    return userId == null && installationId == null;
  }

  /** Whether a Collector installation acts by its own credential, not a person. */
  public boolean isInstallation() {
    return installationId != null;
  }

  /** Whether a row owned by {@code ownerPath} lies in this scope's subtree, outside hidden ones. */
  public boolean covers(String ownerPath) {
    return ownerPath != null
        && ownerPath.startsWith(path)
        && hiddenPaths.stream().noneMatch(ownerPath::startsWith);
  }

  public boolean has(Right right) {
    return rights.contains(right);
  }

  /**
   * Fails with 403 when an API token acts: a leaked token must not change how its owner signs in
   * (password, two-step sign-in) nor mint more tokens.
   */
  public void requirePerson() {
    if (viaApiToken || installationId != null) {
      throw new ForbiddenException("This is not open to API tokens: sign in as the person");
    }
  }

  /** Fails with 403 unless the actor holds {@code right}. */
  public void require(Right right) {
    if (!has(right)) {
      throw new ForbiddenException(
          "This needs the right "
              + right
              + (restriction == null ? "" : ", withheld: " + restriction.reason()));
    }
  }
}
