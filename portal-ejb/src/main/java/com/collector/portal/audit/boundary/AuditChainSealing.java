package com.collector.portal.audit.boundary;

import com.collector.portal.audit.control.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start, chains audit entries written before the chain existed, before anything new is added.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AuditChainSealing {

  private static final Logger LOG = Logger.getLogger(AuditChainSealing.class.getName());

  @Inject AuditLog audit;
  @Inject RequestContextController requestContext;

  @PostConstruct
  void sealOldEntries() {
    boolean activated = requestContext.activate();
    try {
      int sealed = audit.sealUnsealed();
      if (sealed > 0) {
        LOG.info(() -> "Sealed " + sealed + " audit entries into the hash chain");
      }
    } finally {
      if (activated) {
        requestContext.deactivate();
      }
    }
  }
}
