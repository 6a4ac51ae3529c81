package com.collector.repository.signing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wrapper in use plus retired ones that must still unwrap the data keys they wrapped, until
 * those are wrapped again under the current key: how a local key store rotates (a Key Vault key
 * keeps its versions itself, see {@link KeyVaultWrapper}).
 */
public final class KeyWrapperRing implements KeyWrapper {

  private final KeyWrapper current;
  private final Map<String, KeyWrapper> byKeyId = new LinkedHashMap<>();

  /** {@code retired} wrappers unwrap what they wrapped; one with the current key id is ignored. */
  public KeyWrapperRing(KeyWrapper current, Collection<? extends KeyWrapper> retired) {
    this.current = current;
    byKeyId.put(current.keyId(), current);
    retired.forEach(wrapper -> byKeyId.putIfAbsent(wrapper.keyId(), wrapper));
  }

  /** The wrapper that wraps from now on. */
  public KeyWrapper current() {
    return current;
  }

  /** The ids of every key this ring unwraps with, the current one first. */
  public List<String> keyIds() {
    return List.copyOf(byKeyId.keySet());
  }

  @Override
  public String keyId() {
    return current.keyId();
  }

  @Override
  public byte[] wrap(byte[] dataKey) {
    return current.wrap(dataKey);
  }

  @Override
  public byte[] unwrap(String keyId, byte[] wrapped) {
    KeyWrapper wrapper = byKeyId.get(keyId);
    if (wrapper == null) {
      throw new KeyWrappingException(
          "No key in use or retired has key id " + keyId + "; known: " + byKeyId.keySet(), null);
    }
    return wrapper.unwrap(keyId, wrapped);
  }
}
