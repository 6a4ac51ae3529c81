package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.NewProduct;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/products}: a plugin whose manifests carry {@code code} as id. */
public record ProductJson(
    String code, String nameEn, String nameFr, String nameNl, String description) {

  @JsonbCreator
  public ProductJson {}

  NewProduct toInput() {
    return new NewProduct(code, nameEn, nameFr, nameNl, description);
  }
}
