package com.collector.portal.web.subscriptions.faces;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.subscriptions.boundary.NewPlan;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.boundary.Plans;
import com.collector.portal.subscriptions.entity.Feature;
import com.collector.portal.subscriptions.entity.Term;
import com.collector.portal.web.layout.FieldMessages;
import com.collector.portal.web.layout.Messages;
import com.collector.portal.web.subscriptions.faces.PlanTermsForm.LimitValue;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The plan catalog page: everyone who may view reads it; one dialog adds a plan or publishes a new
 * version of one (the boundary lets only the vendor's administrators do either).
 */
@Named
@ViewScoped
public class PlansBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Plans plans;

  private List<PlanView> catalog;

  /** The plan whose new version the dialog publishes; null when it adds a plan. */
  private Long publishedId;

  private String publishedCode;
  private String code;
  private String nameEn;
  private String nameFr;
  private String nameNl;
  private PlanTermsForm terms = new PlanTermsForm();

  @PostConstruct
  void init() {
    catalog = plans.list();
  }

  public void startCreate() {
    publishedId = null;
    publishedCode = null;
    code = null;
    nameEn = null;
    nameFr = null;
    nameNl = null;
    terms = new PlanTermsForm();
  }

  /** Opens the dialog on {@code plan}'s current terms. */
  public void startPublish(PlanView plan) {
    publishedId = plan.id();
    publishedCode = plan.code();
    terms = PlanTermsForm.of(plan);
  }

  public void save() {
    try {
      if (publishedId == null) {
        plans.create(new NewPlan(code, nameEn, nameFr, nameNl, terms.toTerms()));
        Messages.info("plans.created");
      } else {
        plans.publish(publishedId, terms.toTerms());
        Messages.info("plans.published");
      }
    } catch (InvalidInputException | ConflictException e) {
      FieldMessages.show("plan", e);
      return;
    }
    catalog = plans.list();
    PrimeFaces.current().executeScript("PF('planDialog').hide()");
  }

  public List<String> features(PlanView plan) {
    return PlanTermsForm.features(plan.entitlements());
  }

  public List<LimitValue> limits(PlanView plan) {
    return PlanTermsForm.limits(plan.entitlements());
  }

  public List<String> getFeatureChoices() {
    return Arrays.stream(Feature.values()).map(Feature::key).toList();
  }

  public Term[] getTermChoices() {
    return Term.values();
  }

  public List<PlanView> getCatalog() {
    return catalog;
  }

  public boolean isPublishing() {
    return publishedId != null;
  }

  public String getPublishedCode() {
    return publishedCode;
  }

  public PlanTermsForm getTerms() {
    return terms;
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
}
