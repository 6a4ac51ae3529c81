package com.collector.portal.web.organizations.faces;

import com.collector.portal.tenancy.boundary.NewOrganization;
import com.collector.portal.tenancy.boundary.OrganizationChanges;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.entity.CompanyDetails;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/** The organizations page: a lazy table with search, a create dialog and an edit dialog. */
@Named
@ViewScoped
public class OrganizationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Organizations organizations;

  private String search;
  private BoundaryLazyModel<OrganizationView> model;
  private List<OrganizationView> parents;

  private Long parentId;
  private Long editedId;
  private long editedVersion;
  private String name;
  private String contactEmail;
  // The company details' inputs, keyed as CompanyDetails names them (vatNumber, street, …).
  private Map<String, String> company = new HashMap<>();

  @PostConstruct
  void init() {
    model =
        new BoundaryLazyModel<>(
            request -> organizations.page(search, null, request), OrganizationView::id);
    parents = organizations.possibleParents();
    if (parents.size() == 1) {
      parentId = parents.get(0).id();
    }
  }

  public void startCreate() {
    editedId = null;
    name = null;
    contactEmail = null;
    company = new HashMap<>();
  }

  public void startEdit(OrganizationView organization) {
    editedId = organization.id();
    editedVersion = organization.version();
    name = organization.name();
    contactEmail = organization.contactEmail();
    company = new HashMap<>();
    company.put("vatNumber", organization.vatNumber());
    company.put("street", organization.street());
    company.put("postalCode", organization.postalCode());
    company.put("city", organization.city());
    company.put("country", organization.country());
    company.put("contactName", organization.contactName());
    company.put("contactPhone", organization.contactPhone());
  }

  public void save() {
    if (editedId == null) {
      organizations.create(new NewOrganization(parentId, name, contactEmail, companyDetails()));
      Messages.info("organizations.created");
    } else {
      organizations.update(
          editedId, new OrganizationChanges(name, contactEmail, editedVersion, companyDetails()));
      Messages.info("organizations.updated");
    }
    parents = organizations.possibleParents();
    PrimeFaces.current().executeScript("PF('organizationDialog').hide()");
  }

  private CompanyDetails companyDetails() {
    return new CompanyDetails(
        company.get("vatNumber"),
        company.get("street"),
        company.get("postalCode"),
        company.get("city"),
        company.get("country"),
        company.get("contactName"),
        company.get("contactPhone"));
  }

  public Map<String, String> getCompany() {
    return company;
  }

  public boolean isEditing() {
    return editedId != null;
  }

  public BoundaryLazyModel<OrganizationView> getModel() {
    return model;
  }

  public List<OrganizationView> getParents() {
    return parents;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }
}
