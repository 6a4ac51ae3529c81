package com.collector.portal.distribution.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.distribution.control.ReleaseCatalog;
import com.collector.portal.distribution.entity.Product;
import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.distribution.entity.Release;
import com.collector.portal.distribution.entity.ReleaseVersion;
import com.collector.portal.identity.entity.Language;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor's products: the Collector application (created on first use) and the plugins release
 * managers add. Only the vendor's holders of {@code PUBLISH_RELEASES} see and change them here.
 */
@Stateless
public class Products {

  @Inject Store store;
  @Inject ReleaseCatalog catalog;
  @Inject AuditLog audit;
  @Inject Inputs inputs;
  @Inject Clock clock;

  /** The application first, then the plugins by code. */
  public List<ProductView> list() {
    ReleaseCatalog.requirePublisher(store.scope());
    catalog.app();
    return store.list(Product.class, null, Map.of(), "e.kind, e.code").stream()
        .map(ProductView::of)
        .toList();
  }

  /** Adds a plugin; its code is the id its packages' manifests must carry. */
  public ProductView create(NewProduct input) {
    TenantScope scope = ReleaseCatalog.requirePublisher(store.scope());
    inputs.valid(input, "product");
    Product product =
        new Product(
            scope.path(),
            input.code(),
            ProductKind.PLUGIN,
            Map.of(
                Language.en,
                input.nameEn(),
                Language.fr,
                input.nameFr(),
                Language.nl,
                input.nameNl()),
            input.description(),
            clock.instant());
    store.add(product);
    store.flush("code");
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", product.code());
    state.put("kind", product.kind().name());
    state.put("nameEn", product.name(Language.en));
    audit.record("product.created", "product", product.id(), product.ownerPath(), null, state);
    return ProductView.of(product);
  }

  /** The releases of a product, highest version first (by the product's version ordering). */
  public List<ReleaseView> releases(long productId) {
    ReleaseCatalog.requirePublisher(store.scope());
    Product product = store.find(Product.class, productId);
    Comparator<String> order = ReleaseVersion.order(product.kind());
    return store
        .list(Release.class, "e.product = :product", Map.of("product", product), "e.id")
        .stream()
        .sorted(Comparator.comparing(Release::version, order).reversed())
        .map(ReleaseView::of)
        .toList();
  }
}
