package com.collector.portal.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Answers the verified token's subject and organization to holders of VIEW. */
@Path("whoami")
@RequestScoped
public class MpJwtProbeResource {

  @Inject JsonWebToken token;

  @GET
  @RolesAllowed("VIEW")
  @Produces("text/plain")
  public String whoami() {
    return token.getSubject() + " " + token.getClaim("org");
  }
}
