package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.control.PackageSigning;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * The public keys of package signatures as a JSON Web Key Set: the current key and the retired ones
 * still published. Public, so a Collector can verify before it is enrolled.
 */
@RequestScoped
@Path("collector/v1/keys")
public class PackageKeysResource {

  static final String JWK_SET = "application/jwk-set+json";

  @Inject PackageSigning signing;

  @GET
  @Produces({JWK_SET, "application/json"})
  public Response keys() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(signing.keyRing().jwks(), JWK_SET).cacheControl(cache).build();
  }
}
