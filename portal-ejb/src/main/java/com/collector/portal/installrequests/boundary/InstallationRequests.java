package com.collector.portal.installrequests.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.installrequests.control.AnswersJson;
import com.collector.portal.installrequests.control.RequestDelivery;
import com.collector.portal.installrequests.control.RequestPolicy;
import com.collector.portal.installrequests.control.RequestProcessing;
import com.collector.portal.installrequests.control.RequestViews;
import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.WizardStep;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Installation requests of the caller's subtree: partner users holding {@code REQUEST_INSTALLATION}
 * write them for their customers (drafts first if they like), vendor staff for any customer;
 * everyone who may {@code VIEW} follows the submitted ones of their subtree, customers their own.
 * Customer service's moves are {@link RequestWorkflow}'s.
 */
@Stateless
public class InstallationRequests {

  private static final Set<String> SORTABLE =
      Set.of("stateSince", "createdAt", "updatedAt", "state", "customerName");

  @Inject Store store;
  @Inject RequestProcessing processing;
  @Inject RequestDelivery delivery;
  @Inject RequestViews readable;
  @Inject RequestDetails details;
  @Inject RequestPolicy policy;
  @Inject Clock clock;

  /** The answers of an API body; 400 naming each value of the wrong type. */
  public static RequestAnswers answers(JsonObject body) {
    return AnswersJson.read(body);
  }

  /** Whether the caller may write installation requests (pages ask it). */
  public boolean mayRequest() {
    TenantScope scope = store.scope();
    return !scope.isInstallation()
        && scope.kind() != OrganizationKind.CUSTOMER
        && (scope.has(Right.REQUEST_INSTALLATION)
            || (scope.kind() == OrganizationKind.VENDOR && scope.has(Right.WORK_TICKETS)));
  }

  /**
   * A new request: saved as a draft (what is given must be well-formed, the rest may wait) or, with
   * {@code submit}, checked whole and processed at once.
   */
  public RequestDetailView create(RequestAnswers answers, boolean submit) {
    requireRequester();
    RequestAnswers given = answers == null ? RequestAnswers.NONE : answers;
    requireNoProblems(processing.problems(given, EnumSet.noneOf(WizardStep.class)));
    Optional<Organization> customer = processing.customer(given);
    TenantScope scope = store.scope();
    InstallationRequest request =
        store.add(
            new InstallationRequest(
                customer.map(Organization::path).orElse(scope.path()),
                customer.map(Organization::id).orElse(null),
                customerName(given, customer),
                AnswersJson.write(given),
                scope.userId(),
                scope.actor(),
                clock.instant()));
    store.flush("id");
    if (submit) {
      delivery.submit(request, given);
    }
    return details.of(request);
  }

  /** Replaces a draft's answers, and submits it with {@code submit}. */
  public RequestDetailView revise(long id, RequestAnswers answers, boolean submit) {
    requireRequester();
    InstallationRequest request = readable.findForUpdate(id);
    request.requireDraft();
    RequestAnswers given = answers == null ? RequestAnswers.NONE : answers;
    requireNoProblems(processing.problems(given, EnumSet.noneOf(WizardStep.class)));
    Optional<Organization> customer = processing.customer(given);
    request.revise(
        customer.map(Organization::path).orElse(store.scope().path()),
        customer.map(Organization::id).orElse(null),
        customerName(given, customer),
        AnswersJson.write(given),
        clock.instant());
    if (submit) {
      delivery.submit(request, given);
    }
    return details.of(request);
  }

  /** Submits a draft as it was saved. */
  public RequestDetailView submit(long id) {
    requireRequester();
    InstallationRequest request = readable.findForUpdate(id);
    // Before delivering: a submitted request's answers would deliver a second customer first.
    request.requireDraft();
    delivery.submit(request, AnswersJson.read(request.answers()));
    return details.of(request);
  }

  /**
   * Checks the answers of one wizard step as complete (and what else is given as well-formed), as
   * the wizard does before moving on: 400 naming each fault.
   */
  public void check(RequestAnswers answers, WizardStep step) {
    requireRequester();
    requireNoProblems(
        processing.problems(
            answers == null ? RequestAnswers.NONE : answers,
            step == null ? EnumSet.noneOf(WizardStep.class) : EnumSet.of(step)));
  }

  /**
   * Requests of the subtree matching {@code filter}; customer service's queue is the default order:
   * the longest in its state first.
   */
  public Page<RequestView> page(RequestFilter filter, PageRequest request) {
    requireReader();
    Map<String, Object> parameters = new HashMap<>();
    List<String> where = new ArrayList<>(List.of(readable.readableCondition(parameters)));
    if (filter != null && filter.state() != null) {
      where.add("e.state = :state");
      parameters.put("state", filter.state());
    }
    if (filter != null && filter.customerId() != null) {
      where.add("e.customerId = :customer");
      parameters.put("customer", filter.customerId());
    }
    Instant now = clock.instant();
    if (filter != null && Boolean.TRUE.equals(filter.stuck())) {
      where.add(policy.stuckCondition(parameters, now));
    }
    String order = request.orderBy(SORTABLE, Set.of("customerName"), "stateSince");
    if (filter != null && filter.stuckFirst()) {
      // In the query, not after it: a page must hold the stuck ones of every later page too.
      order =
          "CASE WHEN " + policy.stuckCondition(parameters, now) + " THEN 0 ELSE 1 END, " + order;
    }
    return store
        .page(InstallationRequest.class, String.join(" AND ", where), parameters, order, request)
        .map(details::view);
  }

  /** One request of the subtree with its timeline; 404 for others (and for others' drafts). */
  public RequestDetailView get(long id) {
    requireReader();
    return details.of(readable.find(id));
  }

  private static String customerName(RequestAnswers answers, Optional<Organization> customer) {
    return customer
        .map(Organization::name)
        .orElse(answers.customer() == null ? null : answers.customer().name());
  }

  private void requireRequester() {
    if (!mayRequest()) {
      throw new ForbiddenException(
          "Requesting installations needs the right REQUEST_INSTALLATION (partners, vendor staff)");
    }
  }

  private void requireReader() {
    TenantScope scope = store.scope();
    if (scope.isInstallation()) {
      throw new ForbiddenException("Installation requests are for people, not Collectors");
    }
    scope.require(Right.VIEW);
  }

  private static void requireNoProblems(List<FieldError> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
