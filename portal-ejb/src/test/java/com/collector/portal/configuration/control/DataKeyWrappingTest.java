package com.collector.portal.configuration.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.signing.KeyWrapper;
import com.collector.repository.signing.KeyWrapperRing;
import com.collector.repository.signing.LocalKeyStoreWrapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeyWrappingTest {

  @TempDir Path keys;

  @Test
  void dataKeysWrappedByARetiredLocalKeyStillUnwrapAfterRotation() {
    KeyWrapper old =
        LocalKeyStoreWrapper.openOrCreate(keys, DataKeyWrapping.LOCAL_KEY + "-retired-1");
    byte[] dataKey = new byte[32];
    dataKey[0] = 7;
    byte[] wrapped = old.wrap(dataKey);

    KeyWrapper ring =
        new KeyWrapperRing(
            LocalKeyStoreWrapper.openOrCreate(keys, DataKeyWrapping.LOCAL_KEY),
            DataKeyWrapping.retiredLocalKeys(keys));

    assertThat(ring.keyId()).isNotEqualTo(old.keyId());
    assertThat(ring.unwrap(old.keyId(), wrapped)).isEqualTo(dataKey);
    assertThat(DataKeyWrapping.retiredLocalKeys(keys))
        .extracting(KeyWrapper::keyId)
        .containsExactly(old.keyId());
  }
}
