package com.collector.portal.web.subscriptions.faces;

import com.collector.portal.subscriptions.boundary.PlanChangePreview;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.boundary.SubscriptionView;
import com.collector.portal.subscriptions.boundary.Subscriptions;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The change-plan wizard of the subscription page, in three steps: choose a plan of the catalog,
 * read the preview (what is gained and lost, what is in use beyond the new limits, when it
 * applies), confirm.
 */
@Named
@ViewScoped
public class PlanChangeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubscriptionBacking page;
  @Inject Subscriptions subscriptions;

  private int step = 1;
  private Long planId;
  private PlanChangePreview preview;

  public void start() {
    step = 1;
    planId = null;
    preview = null;
  }

  /** Plans of the catalog to move to: all but the subscription's own. */
  public List<PlanView> getChoices() {
    long current = page.getView().planId();
    return page.catalog().stream().filter(p -> p.id() != current).toList();
  }

  public String label(PlanView plan) {
    return page.name(plan) + " (" + Messages.text("subscription.term." + plan.term()) + ")";
  }

  /** Step 1 → 2 previews the chosen plan; step 2 → 3 asks for confirmation. */
  public void next() {
    if (step == 1) {
      if (planId == null) {
        Messages.error("subscription.wizard.choosePlan");
        return;
      }
      preview = subscriptions.previewPlanChange(page.getView().id(), planId);
    }
    step = Math.min(step + 1, 3);
  }

  public void back() {
    step = Math.max(step - 1, 1);
  }

  public void confirm() {
    SubscriptionView changed = subscriptions.changePlan(page.getView().id(), planId);
    page.show(
        changed,
        changed.scheduledPlanCode() == null
            ? "subscription.planChanged"
            : "subscription.planChangeScheduled");
    PrimeFaces.current().executeScript("PF('changePlanDialog').hide()");
    start();
  }

  /** The name of the plan chosen, in the page's language. */
  public String getTargetName() {
    return preview == null ? null : page.planName(preview.toPlan());
  }

  /** Limits the change moves, each marked raised or lowered. */
  public List<LimitMove> getLimitMoves() {
    return preview.limitChanges().stream()
        .map(c -> new LimitMove(c.limit(), c.from(), c.to(), raised(c.from(), c.to())))
        .toList();
  }

  private static boolean raised(Integer from, Integer to) {
    return to == null || (from != null && to > from);
  }

  /** A limit before and after (null: unlimited). */
  public record LimitMove(String limit, Integer from, Integer to, boolean raised) {}

  public int getStep() {
    return step;
  }

  public PlanChangePreview getPreview() {
    return preview;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }
}
