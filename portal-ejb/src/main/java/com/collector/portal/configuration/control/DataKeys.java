package com.collector.portal.configuration.control;

import com.collector.portal.configuration.entity.DataKey;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.repository.signing.KeyWrapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The organizations' data keys, unwrapped for use; stored only wrapped. */
@ApplicationScoped
public class DataKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject DataKeyWrapping wrapping;
  @Inject Clock clock;

  /**
   * The organization's key, made on first use in a transaction of its own: a key that secrets may
   * be sealed with must be stored, whatever becomes of the caller's transaction. Racing first uses
   * take turns; one key is made and the other reads it.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public SecretKey loadOrCreate(Organization owner) {
    return current.runAs(
        TenantScope.system("data-keys"),
        () -> {
          store.lock("data-key:" + owner.id());
          return store
              .findOptional(DataKey.class, owner.id())
              .map(this::unwrap)
              .orElseGet(() -> create(owner));
        });
  }

  /** An existing key; 404 when the organization has none (no secret can name it then). */
  public SecretKey load(long organizationId) {
    return current.runAs(
        TenantScope.system("data-keys"), () -> unwrap(store.find(DataKey.class, organizationId)));
  }

  private SecretKey create(Organization owner) {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, RANDOM);
      SecretKey key = generator.generateKey();
      KeyWrapper wrapper = wrapping.wrapper();
      String wrapped = Base64.getEncoder().encodeToString(wrapper.wrap(key.getEncoded()));
      store.add(new DataKey(owner, wrapped, wrapper.keyId(), clock.instant()));
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Creating a data key failed", e);
    }
  }

  private SecretKey unwrap(DataKey row) {
    byte[] raw =
        wrapping.wrapper().unwrap(row.wrappingKeyId(), Base64.getDecoder().decode(row.wrapped()));
    return new SecretKeySpec(raw, "AES");
  }
}
