package com.collector.portal.web.subscriptions.faces;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.identity.boundary.AccountView;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.subscriptions.boundary.EntitlementsView;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.boundary.Plans;
import com.collector.portal.subscriptions.boundary.SubscriptionEventView;
import com.collector.portal.subscriptions.boundary.SubscriptionView;
import com.collector.portal.subscriptions.boundary.Subscriptions;
import com.collector.portal.subscriptions.boundary.UserSeatsView;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.FieldMessages;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The page of one subscription ({@code subscription.xhtml?id=}): its plan, state explained, the
 * entitlements of its plan version with what is in use, its history newest first, and the changes
 * its state allows to holders of {@code MANAGE_SUBSCRIPTIONS}. An unknown id, or one outside the
 * viewer's subtree, answers 404.
 */
@Named
@ViewScoped
public class SubscriptionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Subscriptions subscriptions;
  @Inject Entitlements entitlements;
  @Inject Plans plans;
  @Inject Account account;
  @Inject Clock clock;

  private String id;
  private SubscriptionView view;
  private UserSeatsView seats;
  private List<PlanView> catalog;
  private boolean manager;
  private boolean vendor;
  private boolean seller;
  private LocalDate trialUntil;

  /** Loads the subscription of {@code ?id=}; an unknown or foreign one is answered with 404. */
  public void load() throws IOException {
    try {
      view = subscriptions.find(Long.parseLong(id == null ? "" : id.trim()));
    } catch (NumberFormatException | NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, Messages.text("error.notFound"));
      faces.responseComplete();
      return;
    }
    AccountView me = account.me();
    manager = me.effectiveRights().contains(Right.MANAGE_SUBSCRIPTIONS);
    vendor = me.organizationKind() == OrganizationKind.VENDOR;
    seller = me.organizationKind() != OrganizationKind.CUSTOMER;
    catalog = plans.list();
    seats = entitlements.userSeats(view.customerId());
  }

  /** Shows {@code changed} after a change made on this page (here or in the change-plan wizard). */
  void show(SubscriptionView changed, String messageKey) {
    view = changed;
    seats = entitlements.userSeats(view.customerId());
    Messages.info(messageKey);
  }

  public void renew() {
    show(subscriptions.renew(view.id()), "subscription.renewed");
  }

  public void autoRenew(boolean on) {
    show(
        subscriptions.autoRenew(view.id(), on),
        on ? "subscription.autoRenewOn" : "subscription.autoRenewOff");
  }

  public void cancel() {
    show(subscriptions.cancel(view.id()), "subscription.cancelled");
  }

  public void undoCancellation() {
    show(subscriptions.undoCancellation(view.id()), "subscription.cancellationUndone");
  }

  public void terminate() {
    show(subscriptions.terminate(view.id()), "subscription.terminated");
  }

  /** Offers the day after the current trial end as the new last day. */
  public void startTrialExtension() {
    trialUntil = LocalDate.ofInstant(view.periodEnd(), ZoneOffset.UTC).plusDays(7);
  }

  /** Lets the trial run until the end of the chosen day; a refused day stays in the dialog. */
  public void extendTrial() {
    try {
      show(subscriptions.extendTrial(view.id(), trialUntil), "subscription.trialExtended");
    } catch (InvalidInputException | ConflictException e) {
      FieldMessages.show("trial", e);
      return;
    }
    PrimeFaces.current().executeScript("PF('trialDialog').hide()");
  }

  public LocalDate getTrialUntil() {
    return trialUntil;
  }

  public void setTrialUntil(LocalDate trialUntil) {
    this.trialUntil = trialUntil;
  }

  public void cancelPlanChange() {
    show(subscriptions.cancelPlanChange(view.id()), "subscription.planChangeCancelled");
  }

  public SubscriptionActions getActions() {
    return new SubscriptionActions(view, clock.instant(), manager, vendor, seller);
  }

  /** What the state means for the customer, with the date that matters for it. */
  public String getExplanation() {
    String key;
    Instant when;
    switch (view.state()) {
      case TRIAL -> {
        key = view.autoRenew() ? "TRIAL.auto" : "TRIAL";
        when = view.trialEndsAt();
      }
      case ACTIVE -> {
        key = view.autoRenew() ? "ACTIVE.auto" : "ACTIVE";
        when = view.periodEnd();
      }
      case GRACE -> {
        key = "GRACE";
        when = view.graceEndsAt();
      }
      case CANCELLED -> {
        key = "CANCELLED";
        when = view.periodEnd();
      }
      default -> {
        key = view.state().name();
        when = view.endedAt();
      }
    }
    return MessageFormat.format(Messages.text("subscription.explain." + key), day(when));
  }

  /** The subscription's plan, named in the page's language. */
  public String getPlanName() {
    return planName(view.planCode());
  }

  /** The plan a scheduled downgrade moves to, named in the page's language; null when none. */
  public String getScheduledPlanName() {
    return view.scheduledPlanCode() == null ? null : planName(view.scheduledPlanCode());
  }

  /** A plan of the catalog by code, named in the page's language (its code when unknown). */
  String planName(String code) {
    return catalog.stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .map(this::name)
        .orElse(code);
  }

  String name(PlanView plan) {
    String name = plan.names().get(Dates.locale().getLanguage());
    return name == null || name.isBlank() ? plan.names().getOrDefault("en", plan.code()) : name;
  }

  /** The features of the plan version, included or not. */
  public List<Entitlement> getFeatures() {
    EntitlementsView e = view.entitlements();
    return List.of(
        new Entitlement("scheduledExtractions", e.scheduledExtractions(), null, null),
        new Entitlement("configSync", e.configSync(), null, null),
        new Entitlement("apiAccess", e.apiAccess(), null, null),
        new Entitlement("prioritySupport", e.prioritySupport(), null, null));
  }

  /** The limits of the plan version (null: unlimited) with what is in use where it is known. */
  public List<Entitlement> getLimits() {
    EntitlementsView e = view.entitlements();
    return List.of(
        new Entitlement("maxUsers", true, e.maxUsers(), seats.inUse()),
        new Entitlement("maxInstallations", true, e.maxInstallations(), null),
        new Entitlement("telemetryRetentionDays", true, e.telemetryRetentionDays(), null));
  }

  /** The plugins the plan version allows, comma-separated. */
  public String getPlugins() {
    return String.join(", ", view.entitlements().allowedPlugins());
  }

  /** One entitlement as the page lists it; {@code inUse} is null where usage is not known. */
  public record Entitlement(String key, boolean included, Integer allowed, Long inUse) {

    public boolean isExceeded() {
      return allowed != null && inUse != null && inUse > allowed;
    }
  }

  /** The history, newest first. */
  public List<SubscriptionEventView> getHistory() {
    List<SubscriptionEventView> history = new ArrayList<>(view.history());
    Collections.reverse(history);
    return history;
  }

  /** A day in the page's language, e.g. "9 Dec 2026" (UTC). */
  public String day(Instant instant) {
    return Dates.day(instant);
  }

  /** An instant to the minute, in UTC. */
  public String moment(Instant instant) {
    return Dates.moment(instant);
  }

  public SubscriptionView getView() {
    return view;
  }

  List<PlanView> catalog() {
    return catalog;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
