package com.collector.portal.web.installations.faces;

import com.collector.portal.installations.boundary.EnrollmentCode;
import com.collector.portal.installations.boundary.InstallationFilter;
import com.collector.portal.installations.boundary.InstallationView;
import com.collector.portal.installations.boundary.Installations;
import com.collector.portal.installations.boundary.NewInstallation;
import com.collector.portal.installations.entity.InstallationState;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.CustomerPicker;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * The installations page: the subtree's installations per customer with their state, last contact
 * and versions; managers create one (its enrollment code is shown once, with its expiry), make a
 * new code for a reinstall, and retire one.
 */
@Named
@ViewScoped
public class InstallationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Installations installations;
  @Inject Organizations organizations;

  private CustomerPicker customerFilter;
  private BoundaryLazyModel<InstallationView> model;
  private boolean mayManage;
  private InstallationState stateFilter;

  private CustomerPicker customer;
  private String name;

  private String code;
  private String codeExpires;
  private String codeFor;

  @PostConstruct
  void init() {
    customerFilter = new CustomerPicker(organizations).lookUpSingle();
    customerFilter.choose(customerFilter.getSingle());
    customer = new CustomerPicker(organizations);
    mayManage = installations.mayManage();
    model =
        new BoundaryLazyModel<>(
            request ->
                installations.page(
                    new InstallationFilter(customerFilter.chosenId(), stateFilter), request),
            InstallationView::id);
  }

  public void startCreate() {
    customer.choose(customerFilter.getChosen());
    name = null;
  }

  public void create() {
    show(installations.create(new NewInstallation(customer.chosenId(), name)));
    PrimeFaces.current().executeScript("PF('createDialog').hide();PF('codeDialog').show()");
  }

  public void newCode(InstallationView installation) {
    show(installations.newCode(installation.id()));
    PrimeFaces.current().executeScript("PF('codeDialog').show()");
  }

  public void retire(InstallationView installation) {
    installations.retire(installation.id());
    Messages.info("installations.retired");
  }

  /** The code was shown once; the page keeps it no longer. */
  public void forgetCode() {
    code = null;
    codeExpires = null;
    codeFor = null;
  }

  private void show(EnrollmentCode created) {
    code = created.code();
    codeExpires = Dates.moment(created.expiresAt());
    codeFor = created.installation().name();
  }

  /** Installed plugins as {@code id version} lines' text, sorted by id. */
  public String plugins(InstallationView installation) {
    return installation.plugins().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  public String moment(java.time.Instant instant) {
    return instant == null ? Messages.text("installations.never") : Dates.moment(instant);
  }

  public List<InstallationState> getStates() {
    return List.of(InstallationState.values());
  }

  public BoundaryLazyModel<InstallationView> getModel() {
    return model;
  }

  public boolean isMayManage() {
    return mayManage;
  }

  public CustomerPicker getCustomerFilter() {
    return customerFilter;
  }

  public InstallationState getStateFilter() {
    return stateFilter;
  }

  public void setStateFilter(InstallationState stateFilter) {
    this.stateFilter = stateFilter;
  }

  public CustomerPicker getCustomer() {
    return customer;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public String getCodeExpires() {
    return codeExpires;
  }

  public String getCodeFor() {
    return codeFor;
  }
}
