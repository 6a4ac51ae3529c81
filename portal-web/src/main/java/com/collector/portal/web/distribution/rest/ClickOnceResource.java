package com.collector.portal.web.distribution.rest;

import com.collector.portal.distribution.boundary.ClickOnce;
import com.collector.portal.distribution.boundary.ClickOnceChannelView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What each ClickOnce channel serves, for release managers. */
@RequestScoped
@Path("v1/clickonce")
@Produces(MediaType.APPLICATION_JSON)
public class ClickOnceResource {

  @Inject ClickOnce clickOnce;

  /**
   * Per channel with app releases: current and minimum version, manifest URL and digest, signer.
   */
  @GET
  @Path("channels")
  public List<ClickOnceChannelView> channels() {
    return clickOnce.channels();
  }
}
