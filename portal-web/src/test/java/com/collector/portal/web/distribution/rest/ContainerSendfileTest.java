package com.collector.portal.web.distribution.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainerSendfileTest {

  private static final long QUARTER = ContainerSendfile.BYTES_PER_CONNECTION / 4;

  @Test
  void aConnectionClosesAfterTheTransferThatReachesItsShareAndItsCountRestarts() {
    Object connection = new Object();
    Object other = new Object();

    assertThat(ContainerSendfile.lastOnItsConnection(connection, QUARTER)).isFalse();
    assertThat(ContainerSendfile.lastOnItsConnection(connection, QUARTER)).isFalse();
    assertThat(ContainerSendfile.lastOnItsConnection(other, QUARTER)).isFalse();
    assertThat(ContainerSendfile.lastOnItsConnection(connection, QUARTER)).isFalse();
    assertThat(ContainerSendfile.lastOnItsConnection(connection, QUARTER)).isTrue();
    assertThat(ContainerSendfile.lastOnItsConnection(connection, QUARTER)).isFalse();
    assertThat(ContainerSendfile.lastOnItsConnection(other, 3 * QUARTER)).isTrue();
  }
}
