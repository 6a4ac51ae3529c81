package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.ProductView;
import com.collector.portal.distribution.boundary.Products;
import com.collector.portal.distribution.boundary.ReleaseView;
import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The vendor's products and their releases, for release managers and their pipelines. */
@RequestScoped
@Path("v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

  @Inject Products products;

  @GET
  public List<ProductView> list() {
    return products.list();
  }

  /** Adds a plugin product. */
  @POST
  public Response create(ProductJson input, @Context UriInfo uri) {
    if (input == null) {
      throw new InvalidInputException("product", "is required");
    }
    ProductView created = products.create(input.toInput());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  /** The product's releases, highest version first. */
  @GET
  @Path("{id: [0-9]{1,18}}/releases")
  public List<ReleaseView> releases(@PathParam("id") long id) {
    return products.releases(id);
  }
}
