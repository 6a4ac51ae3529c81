package com.collector.portal.platform.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * JPA listener of entities that in-memory caches depend on: every write of one counts as a change
 * of its kind in {@link DataChanges}, wherever in the code the write comes from.
 */
public class ChangeListener {

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    CDI.current().select(DataChanges.class).get().changed(entity.getClass());
  }
}
