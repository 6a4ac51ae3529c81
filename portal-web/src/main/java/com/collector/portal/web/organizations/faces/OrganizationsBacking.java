package com.collector.portal.web.organizations.faces;

import com.collector.portal.tenancy.boundary.NewOrganization;
import com.collector.portal.tenancy.boundary.OrganizationChanges;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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
  }

  public void startEdit(OrganizationView organization) {
    editedId = organization.id();
    editedVersion = organization.version();
    name = organization.name();
    contactEmail = organization.contactEmail();
  }

  public void save() {
    if (editedId == null) {
      organizations.create(new NewOrganization(parentId, name, contactEmail));
      Messages.info("organizations.created");
    } else {
      organizations.update(editedId, new OrganizationChanges(name, contactEmail, editedVersion));
      Messages.info("organizations.updated");
    }
    parents = organizations.possibleParents();
    PrimeFaces.current().executeScript("PF('organizationDialog').hide()");
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
