package com.collector.portal.tickets.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tickets.control.DefaultTemplates;
import com.collector.portal.tickets.control.TemplateCatalog;
import com.collector.portal.tickets.control.TicketAccess;
import com.collector.portal.tickets.entity.TemplateStep;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketTemplate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The plan templates per ticket category: agents read them (and start plans from them), vendor
 * administrators write them; a category the vendor has not written uses the portal's default.
 */
@Stateless
public class TicketTemplates {

  @Inject Store store;
  @Inject TicketAccess access;
  @Inject TemplateCatalog catalog;
  @Inject Inputs inputs;
  @Inject Clock clock;

  /** Every category's template. */
  public List<TemplateView> list() {
    access.requireAgent();
    return Arrays.stream(TicketCategory.values()).map(this::view).toList();
  }

  public TemplateView get(TicketCategory category) {
    access.requireAgent();
    return view(category);
  }

  /** Writes the template of {@code category}, replacing its steps. */
  public TemplateView revise(TicketCategory category, TemplateInput input) {
    TenantScope scope = store.scope();
    if (scope.kind() != OrganizationKind.VENDOR || !scope.has(Right.ADMINISTER)) {
      throw new ForbiddenException("Vendor administrators write plan templates");
    }
    inputs.valid(input, "template");
    TicketTemplate template =
        catalog
            .stored(category)
            .orElseGet(() -> store.add(new TicketTemplate(category, scope.path())));
    template.revise(
        input.name().strip(),
        input.steps().stream()
            .map(s -> new TemplateStep(s.description().strip(), s.internal()))
            .toList(),
        scope.actor(),
        clock.instant());
    store.flush("category");
    return view(category);
  }

  private TemplateView view(TicketCategory category) {
    return catalog
        .stored(category)
        .map(
            t ->
                new TemplateView(
                    category, t.name(), steps(t.steps()), false, t.updatedBy(), t.updatedAt()))
        .orElseGet(
            () -> {
              DefaultTemplates.Template d = DefaultTemplates.of(category);
              return new TemplateView(category, d.name(), steps(d.steps()), true, null, null);
            });
  }

  private static List<TemplateView.Step> steps(List<TemplateStep> steps) {
    return steps.stream().map(s -> new TemplateView.Step(s.description(), s.internal())).toList();
  }
}
