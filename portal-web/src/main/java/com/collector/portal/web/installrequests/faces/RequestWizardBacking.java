package com.collector.portal.web.installrequests.faces;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.installrequests.boundary.InstallationRequests;
import com.collector.portal.installrequests.boundary.RequestDetailView;
import com.collector.portal.installrequests.entity.WizardStep;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.subscriptions.boundary.CustomerEntitlementsView;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.boundary.Plans;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.web.layout.Dates;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.primefaces.event.FlowEvent;

/**
 * The installation request wizard: six steps, each checked by the boundary as complete before the
 * next (messages in the user's language), a draft saved and resumed ({@code ?draft=<id>}), and the
 * submission, after which the request's page shows where it stands.
 */
@Named
@ViewScoped
public class RequestWizardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> STEPS =
      List.of("customer", "environment", "extraction", "subscription", "scheduling", "review");

  @Inject InstallationRequests requests;
  @Inject Organizations organizations;
  @Inject Entitlements entitlements;
  @Inject Plans plans;
  @Inject Account account;

  private final WizardForm form = new WizardForm();
  private Long draftId;
  private boolean vendorStaff;
  private List<OrganizationView> partners = new ArrayList<>();
  private List<OrganizationView> customers = new ArrayList<>();
  private List<PlanView> catalog = new ArrayList<>();

  /** Loads the choices, and the draft named by {@code ?draft=} if any. */
  public void load() {
    vendorStaff = account.me().organizationKind() == OrganizationKind.VENDOR;
    if (vendorStaff) {
      partners = of(OrganizationKind.PARTNER);
    }
    customers = of(OrganizationKind.CUSTOMER);
    catalog = new ArrayList<>(plans.list());
    if (draftId != null) {
      RequestDetailView draft = requests.get(draftId);
      form.fill(InstallationRequests.answers(draft.answers()));
    }
  }

  private List<OrganizationView> of(OrganizationKind kind) {
    return new ArrayList<>(
        organizations
            .page(null, kind, new PageRequest(0, PageRequest.MAX_LIMIT, "name", true))
            .items());
  }

  /** Moves on only when the step just left is complete and right; back is always allowed. */
  public String onFlowProcess(FlowEvent event) {
    int from = STEPS.indexOf(event.getOldStep());
    int to = STEPS.indexOf(event.getNewStep());
    if (to < from) {
      return event.getNewStep();
    }
    WizardStep step = WizardStep.ofKey(event.getOldStep());
    if (step != null) {
      try {
        requests.check(form.answers(), step);
      } catch (InvalidInputException e) {
        RequestMessages.show(e);
        return event.getOldStep();
      }
    }
    return event.getNewStep();
  }

  public void pluginsChosen() {
    form.pluginsChosen();
  }

  public void saveDraft() {
    try {
      RequestDetailView saved =
          draftId == null
              ? requests.create(form.answers(), false)
              : requests.revise(draftId, form.answers(), false);
      draftId = saved.request().id();
      info("wizard.draftSaved");
    } catch (InvalidInputException e) {
      RequestMessages.show(e);
    }
  }

  public void submit() throws IOException {
    try {
      RequestDetailView submitted =
          draftId == null
              ? requests.create(form.answers(), true)
              : requests.revise(draftId, form.answers(), true);
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect("installation-request.xhtml?id=" + submitted.request().id());
    } catch (InvalidInputException e) {
      RequestMessages.show(e);
    }
  }

  /** Whether the chosen existing customer has a live subscription (no plan to choose then). */
  public boolean isSubscribed() {
    CustomerEntitlementsView current = customerEntitlements();
    return current != null && current.subscriptionId() != null;
  }

  /** The plugins to choose from: the customer's plan's, else those of every plan of the catalog. */
  public List<String> getAvailablePlugins() {
    CustomerEntitlementsView current = customerEntitlements();
    if (current != null && current.subscriptionId() != null) {
      return current.entitlements().allowedPlugins();
    }
    Set<String> all = new TreeSet<>();
    catalog.forEach(p -> all.addAll(p.entitlements().allowedPlugins()));
    return new ArrayList<>(all);
  }

  public String planName(PlanView plan) {
    String name = plan.names().get(Dates.locale().getLanguage());
    return name == null ? plan.code() : name;
  }

  private CustomerEntitlementsView customerEntitlements() {
    String id = form.getText().get("customerId");
    if (form.isNewCustomer() || id == null || id.isBlank()) {
      return null;
    }
    return entitlements.of(Long.valueOf(id));
  }

  private static void info(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = faces.getApplication().getResourceBundle(faces, "req").getString(key);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public WizardForm getForm() {
    return form;
  }

  public Long getDraftId() {
    return draftId;
  }

  public void setDraftId(Long draftId) {
    this.draftId = draftId;
  }

  /** The customers to pick from; vendor staff see the chosen partner's only. */
  public List<OrganizationView> getCustomers() {
    if (!vendorStaff) {
      return customers;
    }
    String partner = form.getText().get("partnerId");
    return customers.stream()
        .filter(c -> c.parentId() != null && c.parentId().toString().equals(partner))
        .toList();
  }

  /** Vendor staff first choose the partner the customer belongs to. */
  public boolean isVendorStaff() {
    return vendorStaff;
  }

  public List<OrganizationView> getPartners() {
    return partners;
  }

  public List<PlanView> getCatalog() {
    return catalog;
  }

  public List<String> getWindowsVersions() {
    return List.of(
        "WINDOWS_10", "WINDOWS_11", "SERVER_2016", "SERVER_2019", "SERVER_2022", "SERVER_2025");
  }

  public List<String> getDays() {
    return List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
  }
}
