package com.collector.portal.web.identity.faces;

import com.collector.portal.identity.boundary.Account;
import com.collector.portal.identity.boundary.ApiTokenView;
import com.collector.portal.identity.boundary.ApiTokens;
import com.collector.portal.identity.boundary.NewApiToken;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The caller's API tokens: list, create (the secret is shown once, then forgotten) and revoke.
 * Offered rights are the caller's own; the boundary refuses any other.
 */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int DEFAULT_DAYS = 90;

  @Inject ApiTokens tokens;
  @Inject Account account;
  @Inject Clock clock;

  private List<ApiTokenView> mine;
  private List<Right> rightChoices;

  private String name;
  // An array: Faces converts each checked value to the component type (Right) by itself.
  private Right[] rights = new Right[0];
  private Integer days = DEFAULT_DAYS;
  private String secret;

  @PostConstruct
  void init() {
    mine = tokens.mine();
    rightChoices = List.copyOf(account.me().user().rights());
  }

  public void startCreate() {
    name = null;
    rights = new Right[0];
    days = DEFAULT_DAYS;
  }

  public void create() {
    Set<Right> chosen = rights.length == 0 ? Set.of() : EnumSet.copyOf(List.of(rights));
    secret = tokens.create(new NewApiToken(name, chosen, days)).secret();
    mine = tokens.mine();
    PrimeFaces.current().executeScript("PF('tokenDialog').hide();PF('secretDialog').show()");
  }

  /** The secret was shown once; the page keeps it no longer. */
  public void forgetSecret() {
    secret = null;
  }

  public void revoke(ApiTokenView token) {
    tokens.revoke(token.id());
    mine = tokens.mine();
    Messages.info("apiTokens.revoked");
  }

  public boolean isExpired(ApiTokenView token) {
    return !token.expiresAt().isAfter(clock.instant());
  }

  public List<ApiTokenView> getMine() {
    return mine;
  }

  public List<Right> getRightChoices() {
    return rightChoices;
  }

  public String getSecret() {
    return secret;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Right[] getRights() {
    return rights;
  }

  public void setRights(Right[] rights) {
    this.rights = rights == null ? new Right[0] : rights;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }
}
