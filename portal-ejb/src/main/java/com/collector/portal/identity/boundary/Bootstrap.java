package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.PasswordHasher;
import com.collector.portal.identity.control.PasswordPolicy;
import com.collector.portal.identity.control.Secrets;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Role;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the very first start, creates the vendor organization and its first administrator. The
 * administrator's password comes from configuration or is generated and shown once; either way it
 * must be changed at first sign-in.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "AuditChainSealing"})
public class Bootstrap {

  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Inject CurrentScope current;
  @Inject RequestContextController requestContext;
  @Inject Store store;
  @Inject AuditLog audit;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.vendor.name", defaultValue = "Collector Vendor")
  String vendorName;

  @Inject
  @ConfigProperty(name = "portal.bootstrap.admin.email", defaultValue = "admin@vendor.invalid")
  String adminEmail;

  @Inject
  @ConfigProperty(name = "portal.bootstrap.admin.password")
  Optional<String> configuredPassword;

  @PostConstruct
  void ensureVendor() {
    boolean activated = requestContext.activate();
    try {
      current.runAs(TenantScope.system("bootstrap"), this::createVendorUnlessPresent);
    } finally {
      if (activated) {
        requestContext.deactivate();
      }
    }
  }

  private Void createVendorUnlessPresent() {
    boolean present =
        store
            .single(Organization.class, "e.kind = :kind", Map.of("kind", OrganizationKind.VENDOR))
            .isPresent();
    if (present) {
      return null;
    }
    Organization vendor =
        Organization.vendor(store.nextId("organization_id_seq"), vendorName, clock.instant());
    store.add(vendor);
    String password =
        configuredPassword.filter(p -> !p.isBlank()).orElseGet(() -> Secrets.newPassword(20));
    PasswordPolicy.check(password, adminEmail, "portal.bootstrap.admin.password");
    UserAccount admin =
        UserAccount.create(
            vendor,
            adminEmail,
            "Administrator",
            Language.en,
            Set.of(Role.VENDOR_ADMIN),
            hasher.hash(password),
            clock.instant());
    store.add(admin);
    store.flush("email");
    audit.record(
        "organization.created",
        "organization",
        vendor.id(),
        vendor.path(),
        null,
        vendor.auditState());
    audit.record("user.created", "user", admin.id(), admin.ownerPath(), null, admin.auditState());
    if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
      LOG.info(
          () -> "Created the vendor administrator " + adminEmail + " with the configured password");
    } else {
      // Shown once, on the console only: it is never stored in clear and must be changed at
      // sign-in.
      System.out.println(
          "\n==== Collector Portal first start ====\n"
              + "Vendor administrator: "
              + adminEmail
              + "\nInitial password:     "
              + password
              + "\n(shown once; you must change it at first sign-in)\n======================================\n");
    }
    return null;
  }
}
