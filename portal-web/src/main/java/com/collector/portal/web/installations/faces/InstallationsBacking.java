package com.collector.portal.web.installations.faces;

import com.collector.portal.installations.boundary.EnrollmentCode;
import com.collector.portal.installations.boundary.InstallationFilter;
import com.collector.portal.installations.boundary.InstallationView;
import com.collector.portal.installations.boundary.Installations;
import com.collector.portal.installations.boundary.NewInstallation;
import com.collector.portal.installations.entity.InstallationState;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
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

  private List<OrganizationView> customers;
  private List<InstallationView> rows = new ArrayList<>();
  private boolean mayManage;
  private Long customerFilter;
  private InstallationState stateFilter;

  private Long customerId;
  private String name;

  private String code;
  private String codeExpires;
  private String codeFor;

  @PostConstruct
  void init() {
    customers =
        new ArrayList<>(
            organizations
                .page(
                    null,
                    OrganizationKind.CUSTOMER,
                    new PageRequest(0, PageRequest.MAX_LIMIT, "name", true))
                .items());
    mayManage = installations.mayManage();
    if (customers.size() == 1) {
      customerFilter = customers.get(0).id();
    }
    search();
  }

  public void search() {
    rows =
        new ArrayList<>(
            installations
                .page(
                    new InstallationFilter(customerFilter, stateFilter),
                    new PageRequest(0, PageRequest.MAX_LIMIT, "name", true))
                .items());
  }

  public void startCreate() {
    customerId = customerFilter;
    name = null;
  }

  public void create() {
    show(installations.create(new NewInstallation(customerId, name)));
    PrimeFaces.current().executeScript("PF('createDialog').hide();PF('codeDialog').show()");
  }

  public void newCode(InstallationView installation) {
    show(installations.newCode(installation.id()));
    PrimeFaces.current().executeScript("PF('codeDialog').show()");
  }

  public void retire(InstallationView installation) {
    installations.retire(installation.id());
    search();
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
    search();
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

  public List<OrganizationView> getCustomers() {
    return customers;
  }

  public List<InstallationState> getStates() {
    return List.of(InstallationState.values());
  }

  public List<InstallationView> getRows() {
    return rows;
  }

  public boolean isMayManage() {
    return mayManage;
  }

  public Long getCustomerFilter() {
    return customerFilter;
  }

  public void setCustomerFilter(Long customerFilter) {
    this.customerFilter = customerFilter;
  }

  public InstallationState getStateFilter() {
    return stateFilter;
  }

  public void setStateFilter(InstallationState stateFilter) {
    this.stateFilter = stateFilter;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
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
