package com.collector.portal.configuration.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.configuration.control.Authorship;
import com.collector.portal.configuration.control.Leaves;
import com.collector.portal.configuration.control.Revisions;
import com.collector.portal.configuration.control.SecretValues;
import com.collector.portal.configuration.entity.ConfigurationDefaults;
import com.collector.portal.configuration.entity.ConfigurationHead;
import com.collector.portal.configuration.entity.ConfigurationRevision;
import com.collector.portal.configuration.entity.RevisionSource;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.installations.entity.InstallationState;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Defaults a partner or customer gives its installations ({@code ADJUST_SETTINGS} within the
 * subtree). A change reaches every configured installation below as a new revision, so each
 * Collector gets it at its next start and the history says why its settings moved.
 */
@Stateless
public class ConfigurationDefaultsAdmin {

  @Inject Store store;
  @Inject Revisions revisions;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public DefaultsView get(long organizationId) {
    store.scope().require(Right.VIEW);
    Organization organization = organization(organizationId);
    return store
        .findOptional(ConfigurationDefaults.class, organization.id())
        .map(d -> view(d, 0))
        .orElseGet(
            () ->
                new DefaultsView(
                    organization.id(), JsonValue.EMPTY_JSON_OBJECT, Set.of(), null, null, 0));
  }

  /**
   * Replaces the organization's defaults and locked keys; a secret sent as its mask keeps its
   * value.
   */
  public DefaultsView replace(long organizationId, JsonObject document, Set<String> locked) {
    store.scope().require(Right.ADJUST_SETTINGS);
    if (store.scope().isInstallation()) {
      throw new InvalidInputException("organizationId", "is not for a Collector to change");
    }
    Organization organization = organization(organizationId);
    if (document == null) {
      throw new InvalidInputException("document", "is required");
    }
    Set<String> keys = requirePointers(locked == null ? Set.of() : locked);
    store.lock("configuration-defaults:" + organization.id());
    ConfigurationDefaults defaults =
        store
            .findOptional(ConfigurationDefaults.class, organization.id())
            .orElseGet(() -> store.add(new ConfigurationDefaults(organization)));
    SortedMap<String, JsonValue> leaves = Leaves.of(document);
    revisions.requireInput(leaves, true);
    SortedMap<String, JsonValue> before =
        Leaves.of(defaults.document() == null ? JsonValue.EMPTY_JSON_OBJECT : defaults.document());
    leaves.replaceAll(
        (path, value) ->
            SecretValues.isMasked(value) && before.containsKey(path) ? before.get(path) : value);
    List<FieldError> unkept = new ArrayList<>();
    leaves.forEach(
        (path, value) -> {
          if (SecretValues.isMasked(value)) {
            unkept.add(new FieldError(path, "has no value to keep: send the secret itself"));
          }
        });
    if (!unkept.isEmpty()) {
      throw new InvalidInputException(unkept);
    }
    JsonObject sealed = Leaves.document(revisions.sealPlainSecrets(organization, leaves));
    revisions.schema().requireValid(Revisions.standIns(sealed));
    Set<String> lockedBefore = defaults.locked();
    defaults.replace(sealed, keys, store.scope().actor(), clock.instant());
    int updated = spread(organization);
    audit.record(
        "configuration.defaults-changed",
        "organization",
        organization.id(),
        organization.ownerPath(),
        Map.of("locked", lockedBefore),
        Map.of("locked", keys, "paths", Leaves.of(sealed).keySet(), "installations", updated));
    return view(defaults, updated);
  }

  /** A new revision for each configured installation below whose effective document changed. */
  private int spread(Organization organization) {
    int updated = 0;
    List<Installation> below =
        store.list(
            Installation.class,
            "e.ownerPath LIKE :path AND e.state <> :retired",
            Map.of("path", organization.ownerPath() + "%", "retired", InstallationState.RETIRED),
            "e.id");
    for (Installation installation : below) {
      ConfigurationHead head = revisions.lockedHead(installation);
      if (head.revision() == 0) {
        continue;
      }
      ConfigurationRevision current = revisions.revision(installation, head.revision()).get();
      JsonObject effective = revisions.effective(installation, current.document()).document();
      if (!effective.equals(current.effective())) {
        revisions.write(
            installation,
            head,
            Leaves.of(current.document()),
            new Authorship(
                RevisionSource.DEFAULTS,
                store.scope().actor(),
                "Defaults of " + organization.name() + " changed"));
        updated++;
      }
    }
    return updated;
  }

  private Organization organization(long organizationId) {
    Organization organization = store.find(Organization.class, organizationId);
    if (organization.kind() != OrganizationKind.PARTNER
        && organization.kind() != OrganizationKind.CUSTOMER) {
      throw new InvalidInputException(
          "organizationId", "names no partner or customer: only they have defaults");
    }
    return organization;
  }

  private static Set<String> requirePointers(Set<String> locked) {
    List<FieldError> errors = new ArrayList<>();
    for (String path : locked) {
      if (path == null || !path.startsWith("/") || path.length() > 500) {
        errors.add(new FieldError("locked", "holds a key that is no JSON Pointer: " + path));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return Set.copyOf(locked);
  }

  private static DefaultsView view(ConfigurationDefaults d, int updated) {
    return new DefaultsView(
        d.organizationId(),
        Revisions.masked(d.document()),
        d.locked(),
        d.updatedBy(),
        d.updatedAt(),
        updated);
  }
}
