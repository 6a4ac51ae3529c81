package com.collector.portal.installrequests.control;

import com.collector.portal.installrequests.entity.InstallationRequest;
import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Which requests a reader sees, on top of the store's subtree rule: a draft is its requester's
 * alone until it is submitted (colleagues and the customer see submitted requests only).
 */
@ApplicationScoped
public class RequestViews {

  @Inject Store store;

  /** A readable request of the subtree; 404 for others' drafts and foreign rows. */
  public InstallationRequest find(long id) {
    return readable(store.find(InstallationRequest.class, id), id);
  }

  /** As {@link #find}, locked until the transaction ends. */
  public InstallationRequest findForUpdate(long id) {
    return readable(store.findForUpdate(InstallationRequest.class, id), id);
  }

  /** The condition a listing adds; binds its parameters into {@code parameters}. */
  public String readableCondition(Map<String, Object> parameters) {
    TenantScope scope = store.scope();
    parameters.put("draft", RequestState.DRAFT);
    if (scope.userId() == null) {
      return "e.state <> :draft";
    }
    parameters.put("me", scope.userId());
    return "(e.state <> :draft OR e.requesterId = :me)";
  }

  private InstallationRequest readable(InstallationRequest request, long id) {
    Long me = store.scope().userId();
    if (request.state() == RequestState.DRAFT
        && (me == null || !me.equals(request.requesterId()))) {
      throw new NotFoundException("InstallationRequest", id);
    }
    return request;
  }
}
