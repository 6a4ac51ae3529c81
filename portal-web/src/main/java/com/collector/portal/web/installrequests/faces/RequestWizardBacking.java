package com.collector.portal.web.installrequests.faces;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.installrequests.boundary.InstallationRequests;
import com.collector.portal.installrequests.boundary.RequestDetailView;
import com.collector.portal.installrequests.entity.WizardStep;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.subscriptions.boundary.CustomerEntitlementsView;
import com.collector.portal.subscriptions.boundary.Entitlements;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.boundary.Plans;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.OrganizationChoices;
import com.collector.portal.web.layout.OrganizationSearch;
import jakarta.annotation.PostConstruct;
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
  private OrganizationSearch search;
  private List<PlanView> catalog = new ArrayList<>();

  @PostConstruct
  void init() {
    search = new OrganizationSearch(organizations);
  }

  /** Loads the plans, and the draft named by {@code ?draft=} if any, showing its choices again. */
  public void load() {
    vendorStaff = account.me().organizationKind() == OrganizationKind.VENDOR;
    catalog = new ArrayList<>(plans.list());
    if (draftId != null) {
      RequestDetailView draft = requests.get(draftId);
      form.fill(InstallationRequests.answers(draft.answers()));
      offerChosen("partnerId");
      offerChosen("customerId");
    }
  }

  private void offerChosen(String key) {
    Long id = id(form.getText().get(key));
    if (id != null) {
      try {
        search.getChoices().offer(List.of(organizations.find(id)));
      } catch (PortalException gone) {
        // Moved out of the subtree since the draft was saved: the field is empty, to choose anew.
        form.getText().remove(key);
      }
    }
  }

  /** Customers whose name contains {@code query}; for vendor staff, the chosen partner's only. */
  public List<OrganizationView> completeCustomer(String query) {
    Long partner = vendorStaff ? id(form.getText().get("partnerId")) : null;
    if (vendorStaff && partner == null) {
      return List.of();
    }
    return search.suggest(query, OrganizationKind.CUSTOMER, partner);
  }

  /** Partners whose name contains {@code query} (vendor staff). */
  public List<OrganizationView> completePartner(String query) {
    return search.suggest(query, OrganizationKind.PARTNER, null);
  }

  private static Long id(String text) {
    return text == null || !text.matches("[0-9]{1,18}") ? null : Long.valueOf(text);
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

  /** The search fields' converter: ids of what they offered. */
  public OrganizationChoices getChoices() {
    return search.getChoices();
  }

  public OrganizationView getCustomer() {
    return search.getChoices().get(form.getText().get("customerId"));
  }

  public void setCustomer(OrganizationView customer) {
    choose("customerId", customer);
  }

  public OrganizationView getPartner() {
    return search.getChoices().get(form.getText().get("partnerId"));
  }

  /** Another partner takes the customer chosen under the previous one away. */
  public void setPartner(OrganizationView partner) {
    String before = form.getText().get("partnerId");
    choose("partnerId", partner);
    if (before != null && !before.equals(form.getText().get("partnerId"))) {
      form.getText().remove("customerId");
    }
  }

  private void choose(String key, OrganizationView organization) {
    if (organization == null) {
      form.getText().remove(key);
    } else {
      form.getText().put(key, Long.toString(organization.id()));
    }
  }

  /** Vendor staff first choose the partner the customer belongs to. */
  public boolean isVendorStaff() {
    return vendorStaff;
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
