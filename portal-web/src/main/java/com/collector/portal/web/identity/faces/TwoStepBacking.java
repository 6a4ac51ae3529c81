package com.collector.portal.web.identity.faces;

import com.collector.portal.identity.boundary.AuthenticatorSetup;
import com.collector.portal.identity.boundary.TwoStepStatus;
import com.collector.portal.identity.boundary.TwoStepVerification;
import com.collector.portal.web.layout.Messages;
import com.collector.portal.web.security.PortalAuthenticationMechanism;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;

/**
 * Setting up two-step sign-in: scan the QR code, confirm with a first code, keep the recovery
 * codes; later renew them or turn it off.
 */
@Named
@ViewScoped
public class TwoStepBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TwoStepVerification twoStep;

  private AuthenticatorSetup setup;
  private List<String> recoveryCodes;
  private String code;
  private TwoStepStatus status;

  public TwoStepStatus getStatus() {
    if (status == null) {
      status = twoStep.status();
    }
    return status;
  }

  public void begin() {
    setup = twoStep.begin();
    recoveryCodes = null;
  }

  public void confirm() {
    recoveryCodes = twoStep.confirm(takeCode());
    setup = null;
    status = null;
    PortalAuthenticationMechanism.twoStepSetUp(
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
    Messages.info("twoStep.enabled");
  }

  public void renewRecoveryCodes() {
    recoveryCodes = twoStep.renewRecoveryCodes(takeCode());
    status = null;
    Messages.info("twoStep.codesRenewed");
  }

  public void turnOff() {
    twoStep.turnOff(takeCode());
    recoveryCodes = null;
    status = null;
    Messages.info("twoStep.disabled");
  }

  private String takeCode() {
    String typed = code;
    code = null;
    return typed;
  }

  public AuthenticatorSetup getSetup() {
    return setup;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
