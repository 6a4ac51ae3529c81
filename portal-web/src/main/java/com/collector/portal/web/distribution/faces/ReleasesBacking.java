package com.collector.portal.web.distribution.faces;

import com.collector.portal.distribution.boundary.NewProduct;
import com.collector.portal.distribution.boundary.ProductView;
import com.collector.portal.distribution.boundary.Products;
import com.collector.portal.distribution.boundary.ReleaseView;
import com.collector.portal.distribution.boundary.Releases;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.web.layout.FieldMessages;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongFunction;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The release managers' page: products, the chosen product's releases with publish, revoke and
 * rollout raise, a dialog adding a plugin, and the package upload (the same boundary as the API).
 */
@Named
@ViewScoped
public class ReleasesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Products products;
  @Inject Releases releases;

  private ProductView selected;
  private List<ReleaseView> shown = List.of();
  private ReleaseForm form = new ReleaseForm();
  private String code;
  private String nameEn;
  private String nameFr;
  private String nameNl;
  private String description;
  private Integer percent;

  private List<ProductView> catalog = List.of();

  /** Answers 403 to anyone but the vendor's release managers; loads the products otherwise. */
  public void requirePublisher() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!releases.mayPublish()) {
      faces.getExternalContext().responseSendError(403, Messages.text("error.forbidden"));
      faces.responseComplete();
      return;
    }
    if (selected == null) {
      catalog = products.list();
      if (!catalog.isEmpty()) {
        select(catalog.get(0));
      }
    }
  }

  public void select(ProductView product) {
    selected = product;
    shown = products.releases(product.id());
    form = new ReleaseForm();
  }

  /** Receives the package from {@code p:fileUpload}; the metadata came with the form before. */
  public void upload(FileUploadEvent event) {
    if (event.getPhaseId() != PhaseId.INVOKE_APPLICATION) {
      // PrimeFaces fires the event while validating, before the metadata inputs (processed with
      // the upload) reach this bean: run again once they have, in the same request.
      event.setPhaseId(PhaseId.INVOKE_APPLICATION);
      event.queue();
      return;
    }
    UploadedFile file = event.getFile();
    try (InputStream body = file.getInputStream()) {
      releases.upload(form.toInput(selected.code()), body, file.getSize());
      Messages.info("releases.uploaded");
      shown = products.releases(selected.id());
      form = new ReleaseForm();
      PrimeFaces.current().ajax().update("releases:table", "upload");
    } catch (PortalException e) {
      FieldMessages.show("upload", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void publish(ReleaseView release) {
    change(releases::publish, release.id(), "releases.published");
  }

  public void revoke(ReleaseView release) {
    change(releases::revoke, release.id(), "releases.revoked");
  }

  public void raiseRollout(ReleaseView release) {
    change(id -> releases.changeRollout(id, percent), release.id(), "releases.rolloutChanged");
    percent = null;
  }

  private void change(LongFunction<ReleaseView> operation, long id, String done) {
    try {
      operation.apply(id);
      Messages.info(done);
    } catch (PortalException e) {
      Messages.show(e);
    }
    shown = products.releases(selected.id());
  }

  public void startCreate() {
    code = null;
    nameEn = null;
    nameFr = null;
    nameNl = null;
    description = null;
  }

  public void createProduct() {
    try {
      ProductView created =
          products.create(new NewProduct(code, nameEn, nameFr, nameNl, description));
      Messages.info("releases.productCreated");
      catalog = products.list();
      select(created);
    } catch (PortalException e) {
      FieldMessages.show("product", e);
      return;
    }
    PrimeFaces.current().executeScript("PF('productDialog').hide()");
  }

  public long getMaxPackageBytes() {
    return releases.maxPackageBytes();
  }

  public List<ProductView> getCatalog() {
    return catalog;
  }

  public ProductView getSelected() {
    return selected;
  }

  public List<ReleaseView> getShown() {
    return shown;
  }

  public ReleaseForm getForm() {
    return form;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameFr() {
    return nameFr;
  }

  public void setNameFr(String nameFr) {
    this.nameFr = nameFr;
  }

  public String getNameNl() {
    return nameNl;
  }

  public void setNameNl(String nameNl) {
    this.nameNl = nameNl;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getPercent() {
    return percent;
  }

  public void setPercent(Integer percent) {
    this.percent = percent;
  }
}
