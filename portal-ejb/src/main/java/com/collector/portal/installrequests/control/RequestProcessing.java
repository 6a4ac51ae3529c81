package com.collector.portal.installrequests.control;

import com.collector.portal.configuration.boundary.Configurations;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.installations.boundary.InstallationView;
import com.collector.portal.installations.boundary.Installations;
import com.collector.portal.installations.boundary.NewInstallation;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.installations.entity.InstallationState;
import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.Address;
import com.collector.portal.installrequests.entity.RequestAnswers.CustomerStep;
import com.collector.portal.installrequests.entity.WizardStep;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.subscriptions.boundary.CustomerEntitlementsView;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.subscriptions.boundary.NewSubscription;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.boundary.Plans;
import com.collector.portal.subscriptions.boundary.Subscriptions;
import com.collector.portal.tenancy.boundary.NewOrganization;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.CompanyDetails;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks answers against what the portal knows (the customer, its plan, names taken) and turns a
 * submission into the customer (when new), its subscription (when it has none), a pending
 * installation and its initial configuration, each through its own feature's boundary, in the
 * caller's transaction: a failure anywhere leaves nothing behind.
 */
@ApplicationScoped
public class RequestProcessing {

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject Organizations organizations;
  @Inject Entitlements entitlements;
  @Inject Plans plans;
  @Inject Subscriptions subscriptions;
  @Inject Installations installations;
  @Inject Configurations configurations;
  @Inject Clock clock;

  /** The existing customer the answers name, if any; 404 outside the caller's subtree. */
  public Optional<Organization> customer(RequestAnswers answers) {
    CustomerStep step = answers.customer();
    if (step == null || !step.isExisting()) {
      return Optional.empty();
    }
    return Optional.of(
        store
            .findOptional(Organization.class, step.id())
            .filter(o -> o.kind() == OrganizationKind.CUSTOMER)
            .orElseThrow(() -> new NotFoundException("Customer", step.id())));
  }

  /**
   * The partner the answers' customer belongs to: the one named by {@code customer.partnerId},
   * loaded through the scope (404 outside it: a partner names only itself), else a partner user's
   * own organization; empty when that is no partner (vendor staff naming none, or a non-partner
   * id).
   */
  public Optional<Organization> partner(RequestAnswers answers) {
    CustomerStep step = answers.customer();
    TenantScope scope = store.scope();
    Organization partner =
        step != null && step.partnerId() != null
            ? store.find(Organization.class, step.partnerId())
            : scope.kind() == OrganizationKind.PARTNER
                ? store.find(Organization.class, scope.organizationId())
                : null;
    return Optional.ofNullable(partner).filter(o -> o.kind() == OrganizationKind.PARTNER);
  }

  /**
   * Every broken rule of {@code answers}, missing answers counted in the {@code complete} steps.
   */
  public List<FieldError> problems(RequestAnswers answers, Set<WizardStep> complete) {
    Optional<Organization> customer = customer(answers);
    List<FieldError> errors = new ArrayList<>();
    AnswerChecks.Facts facts = facts(answers, customer, errors);
    errors.addAll(
        AnswerChecks.check(
            answers, complete, facts, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    CustomerStep step = answers.customer();
    Optional<Organization> partner = partner(answers);
    if (step != null && step.partnerId() != null && partner.isEmpty()) {
      errors.add(new FieldError("customer.partnerId", "is not a partner"));
    } else if (step != null
        && !step.isExisting()
        && (step.name() != null || complete.contains(WizardStep.CUSTOMER))) {
      if (partner.isEmpty()) {
        // Vendor staff create a customer only under a partner they name.
        errors.add(
            new FieldError(
                "customer.partnerId", "is required: the partner the new customer belongs to"));
      } else if (step.name() != null && nameTaken(partner.get().id(), step.name())) {
        errors.add(new FieldError("customer.name", "is the name of another customer already"));
      }
    } else if (customer.isPresent()
        && step.partnerId() != null
        && !customer.get().parent().id().equals(step.partnerId())) {
      errors.add(new FieldError("customer.id", "is not a customer of the chosen partner"));
    }
    String machine = answers.environment() == null ? null : answers.environment().machineName();
    if (customer.isPresent() && machine != null && machineTaken(customer.get(), machine)) {
      errors.add(
          new FieldError(
              "environment.machineName", "names an installation of the customer already"));
    }
    return errors;
  }

  private AnswerChecks.Facts facts(
      RequestAnswers answers, Optional<Organization> customer, List<FieldError> errors) {
    Boolean subscribed = null;
    Set<String> allowed = null;
    if (customer.isPresent()) {
      CustomerEntitlementsView current = entitlements.of(customer.get().id());
      subscribed = current.subscriptionId() != null;
      if (subscribed) {
        allowed = Set.copyOf(current.entitlements().allowedPlugins());
      }
    } else if (answers.customer() != null) {
      subscribed = false;
    }
    Long planId = answers.subscription() == null ? null : answers.subscription().planId();
    if (!Boolean.TRUE.equals(subscribed) && planId != null) {
      Optional<PlanView> plan = plans.list().stream().filter(p -> p.id() == planId).findFirst();
      if (plan.isEmpty()) {
        errors.add(new FieldError("subscription.planId", "is not a plan of the catalog"));
      } else {
        allowed = Set.copyOf(plan.get().entitlements().allowedPlugins());
      }
    }
    return new AnswerChecks.Facts(subscribed, allowed);
  }

  private boolean nameTaken(long parentId, String name) {
    return store
        .single(
            Organization.class,
            "e.parent.id = :parent AND LOWER(e.name) = :name",
            Map.of("parent", parentId, "name", name.strip().toLowerCase()))
        .isPresent();
  }

  private boolean machineTaken(Organization customer, String machine) {
    return store
        .single(
            Installation.class,
            "e.customer.id = :customer AND LOWER(e.name) = :name AND e.state <> :retired",
            Map.of(
                "customer", customer.id(),
                "name", machine.strip().toLowerCase(),
                "retired", InstallationState.RETIRED))
        .isPresent();
  }

  /** What a submission made. */
  public record Delivery(Organization customer, long installationId) {}

  /**
   * Checks the whole answers, then makes what the installation needs. The features' own boundaries
   * do the work under a scope over the requester's subtree that holds the rights the request grants
   * for this (creating a customer, ordering, configuring): a partner user who may request
   * installations holds none of them himself.
   */
  public Delivery deliver(InstallationRequest request, RequestAnswers answers) {
    List<FieldError> errors = problems(answers, EnumSet.allOf(WizardStep.class));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    TenantScope requester = store.scope();
    String language =
        requester.userId() == null
            ? "en"
            : store.find(UserAccount.class, requester.userId()).language().name();
    TenantScope delegated =
        new TenantScope(
            "system:installation-request #" + request.id() + " of " + requester.actor(),
            null,
            null,
            requester.path(),
            requester.kind(),
            EnumSet.allOf(Right.class),
            false,
            requester.hiddenPaths(),
            null);
    // Read in the requester's scope: the delegated one names no organization of its own.
    Organization partner = partner(answers).orElse(null);
    return current.runAs(delegated, () -> make(request, answers, partner, language));
  }

  private Delivery make(
      InstallationRequest request, RequestAnswers answers, Organization partner, String language) {
    CustomerStep step = answers.customer();
    long customerId =
        step.isExisting()
            ? step.id()
            : organizations
                .create(
                    new NewOrganization(
                        partner.id(),
                        step.name().strip(),
                        step.contact().email(),
                        companyDetails(step)))
                .id();
    if (!entitlementsLive(customerId)) {
      subscriptions.order(new NewSubscription(customerId, answers.subscription().planId(), true));
    }
    InstallationView installation =
        installations.createAwaitingCode(
            new NewInstallation(customerId, answers.environment().machineName().strip()));
    configurations.initialFromRequest(
        installation.id(),
        ConfigurationMapping.of(answers, language),
        "Installation request #" + request.id());
    return new Delivery(store.find(Organization.class, customerId), installation.id());
  }

  /** What the answers tell of a new customer's company, kept on the customer itself. */
  static CompanyDetails companyDetails(CustomerStep step) {
    Address address = step.address();
    return new CompanyDetails(
        step.vatNumber(),
        address == null ? null : address.street(),
        address == null ? null : address.postalCode(),
        address == null ? null : address.city(),
        address == null ? null : address.country(),
        step.contact() == null ? null : step.contact().name(),
        step.contact() == null ? null : step.contact().phone());
  }

  private boolean entitlementsLive(long customerId) {
    return entitlements.of(customerId).subscriptionId() != null;
  }
}
