package com.collector.portal.web.subscriptions.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.subscriptions.boundary.CustomerEntitlementsView;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.subscriptions.boundary.PlanChangePreview;
import com.collector.portal.subscriptions.boundary.RenewalRunView;
import com.collector.portal.subscriptions.boundary.Renewals;
import com.collector.portal.subscriptions.boundary.SubscriptionFilter;
import com.collector.portal.subscriptions.boundary.SubscriptionView;
import com.collector.portal.subscriptions.boundary.Subscriptions;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.web.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Subscriptions of the caller's subtree. Changes are sub-resources: {@code cancellation} (POST to
 * cancel at term end, DELETE to undo), {@code auto-renewal} (POST on, DELETE off), {@code renewal}
 * {@code plan-change} (GET preview, POST change, DELETE a scheduled downgrade), {@code
 * trial-extension} (partners, vendor) and {@code termination} (vendor staff); {@code renewal-run}
 * runs the renewal job (vendor staff).
 */
@RequestScoped
@Path("v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject Subscriptions subscriptions;
  @Inject Renewals renewals;
  @Inject Entitlements entitlements;

  @GET
  public Page<SubscriptionView> list(
      @QueryParam("state") String state,
      @QueryParam("dueWithinDays") String dueWithinDays,
      @QueryParam("customerId") String customerId,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    SubscriptionFilter filter =
        new SubscriptionFilter(
            state(state), days(dueWithinDays), Paging.optionalId(customerId, "customerId"));
    return subscriptions.page(filter, Paging.of(offset, limit, sort, order));
  }

  @POST
  public Response order(SubscriptionJson input, @Context UriInfo uri) {
    SubscriptionView created = subscriptions.order(input == null ? null : input.toInput());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  /**
   * What a customer of the subtree may use now; without {@code customerId}, the caller's own
   * customer organization.
   */
  @GET
  @Path("entitlements")
  public CustomerEntitlementsView entitlements(@QueryParam("customerId") String customerId) {
    return entitlements.of(Paging.optionalId(customerId, "customerId"));
  }

  /** Runs the renewal job now (vendor staff); it also runs every quarter of an hour. */
  @POST
  @Path("renewal-run")
  public RenewalRunView runRenewals() {
    return renewals.runNow();
  }

  @GET
  @Path(ID)
  public SubscriptionView get(@PathParam("id") long id) {
    return subscriptions.find(id);
  }

  @POST
  @Path(ID + "/renewal")
  public SubscriptionView renew(@PathParam("id") long id) {
    return subscriptions.renew(id);
  }

  @POST
  @Path(ID + "/cancellation")
  public SubscriptionView cancel(@PathParam("id") long id) {
    return subscriptions.cancel(id);
  }

  @DELETE
  @Path(ID + "/cancellation")
  public SubscriptionView undoCancellation(@PathParam("id") long id) {
    return subscriptions.undoCancellation(id);
  }

  @POST
  @Path(ID + "/auto-renewal")
  public SubscriptionView autoRenewOn(@PathParam("id") long id) {
    return subscriptions.autoRenew(id, true);
  }

  @DELETE
  @Path(ID + "/auto-renewal")
  public SubscriptionView autoRenewOff(@PathParam("id") long id) {
    return subscriptions.autoRenew(id, false);
  }

  /** What moving to {@code planId} would change: gained and lost, when, what exceeds. */
  @GET
  @Path(ID + "/plan-change")
  public PlanChangePreview previewPlanChange(
      @PathParam("id") long id, @QueryParam("planId") String planId) {
    return subscriptions.previewPlanChange(id, Paging.optionalId(planId, "planId"));
  }

  /** Upgrades at once, or schedules a downgrade for the term end. */
  @POST
  @Path(ID + "/plan-change")
  public SubscriptionView changePlan(@PathParam("id") long id, PlanChangeJson input) {
    return subscriptions.changePlan(id, input == null ? null : input.planId());
  }

  @DELETE
  @Path(ID + "/plan-change")
  public SubscriptionView cancelPlanChange(@PathParam("id") long id) {
    return subscriptions.cancelPlanChange(id);
  }

  /** Lets a trial run until the end of the given day (partners and the vendor). */
  @POST
  @Path(ID + "/trial-extension")
  public SubscriptionView extendTrial(@PathParam("id") long id, TrialExtensionJson input) {
    return subscriptions.extendTrial(id, input == null ? null : input.lastDay());
  }

  @POST
  @Path(ID + "/termination")
  public SubscriptionView terminate(@PathParam("id") long id) {
    return subscriptions.terminate(id);
  }

  private static SubscriptionState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return SubscriptionState.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("state", "is not a subscription state");
    }
  }

  private static Integer days(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("dueWithinDays", "must be a whole number");
    }
  }
}
