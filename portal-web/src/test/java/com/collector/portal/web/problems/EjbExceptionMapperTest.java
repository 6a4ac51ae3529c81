package com.collector.portal.web.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class EjbExceptionMapperTest {

  @Test
  void aLostRaceForTheSameRowIsAConflictNotAFault() {
    EJBTransactionRolledbackException rolledBack =
        new EJBTransactionRolledbackException(
            "rolled back", new EJBException(new OptimisticLockException("version changed")));
    assertThat(EjbExceptionMapper.lostRace(rolledBack))
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.status()).isEqualTo(409);
              assertThat(problem.type()).isEqualTo("concurrent-change");
            });
  }

  @Test
  void anyOtherFailureIsNoRace() {
    assertThat(EjbExceptionMapper.lostRace(new EJBException(new IllegalStateException("bug"))))
        .isEmpty();
  }
}
