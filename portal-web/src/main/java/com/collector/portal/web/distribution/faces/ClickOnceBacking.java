package com.collector.portal.web.distribution.faces;

import com.collector.portal.distribution.boundary.ClickOnce;
import com.collector.portal.distribution.boundary.ClickOnceChannelView;
import com.collector.portal.distribution.boundary.Releases;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * What each ClickOnce channel serves now (current and minimum required version, the signed
 * deployment manifest and its signer), for the vendor's release managers.
 */
@Named
@ViewScoped
public class ClickOnceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ClickOnce clickOnce;
  @Inject Releases releases;

  private List<ClickOnceChannelView> channels = List.of();

  /** Answers 403 to anyone but the vendor's release managers; loads the channels otherwise. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!releases.mayPublish()) {
      faces.getExternalContext().responseSendError(403, Messages.text("error.forbidden"));
      faces.responseComplete();
      return;
    }
    channels = clickOnce.channels();
  }

  public List<ClickOnceChannelView> getChannels() {
    return channels;
  }
}
