package com.collector.portal.distribution.boundary;

import com.collector.portal.distribution.entity.Product;
import com.collector.portal.distribution.entity.ProductKind;
import com.collector.portal.identity.entity.Language;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A product: the Collector application or a plugin. */
public record ProductView(
    long id,
    String code,
    ProductKind kind,
    Map<String, String> names,
    String description,
    Instant createdAt) {

  public static ProductView of(Product product) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      names.put(language.name(), product.name(language));
    }
    return new ProductView(
        product.id(),
        product.code(),
        product.kind(),
        names,
        product.description(),
        product.createdAt());
  }
}
