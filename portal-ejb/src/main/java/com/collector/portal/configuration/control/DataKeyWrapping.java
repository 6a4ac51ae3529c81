package com.collector.portal.configuration.control;

import com.collector.portal.platform.control.DataDirectory;
import com.collector.repository.signing.KeyVaultWrapper;
import com.collector.repository.signing.KeyWrapper;
import com.collector.repository.signing.KeyWrapperRing;
import com.collector.repository.signing.LocalKeyStoreWrapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key-encryption key that wraps the organizations' data keys: by default a local PKCS#12 key
 * generated under {@code <data>/keys} at first start; with {@code portal.secrets.keyvault.url} and
 * {@code portal.secrets.keyvault.key} an Azure Key Vault key that wraps and unwraps remotely, so
 * the database and the key never sit together.
 */
@ApplicationScoped
public class DataKeyWrapping {

  private static final Logger LOG = Logger.getLogger(DataKeyWrapping.class.getName());
  static final String LOCAL_KEY = "data-key-wrapping";

  @Inject DataDirectory dataDirectory;

  @Inject
  @ConfigProperty(name = "portal.secrets.keyvault.url")
  Optional<String> vaultUrl;

  @Inject
  @ConfigProperty(name = "portal.secrets.keyvault.key")
  Optional<String> vaultKey;

  private KeyWrapper wrapper;

  @PostConstruct
  void open() {
    if (vaultUrl.filter(url -> !url.isBlank()).isPresent()
        && vaultKey.filter(key -> !key.isBlank()).isPresent()) {
      wrapper = KeyVaultWrapper.openOrCreate(vaultUrl.get(), vaultKey.get());
      LOG.info(() -> "Data keys are wrapped with Key Vault key " + vaultKey.get());
    } else {
      wrapper =
          new KeyWrapperRing(
              LocalKeyStoreWrapper.openOrCreate(dataDirectory.keys(), LOCAL_KEY),
              retiredLocalKeys(dataDirectory.keys()));
    }
  }

  /** Retired local keys still unwrap the data keys they wrapped (see {@link DataDirectory}). */
  static List<KeyWrapper> retiredLocalKeys(Path keys) {
    return DataDirectory.retiredKeys(keys, LOCAL_KEY).stream()
        .<KeyWrapper>map(name -> LocalKeyStoreWrapper.openOrCreate(keys, name))
        .toList();
  }

  /** Creates (first start) or loads the key when the application starts, not at first secret. */
  void openAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    wrapper.keyId();
  }

  public KeyWrapper wrapper() {
    return wrapper;
  }
}
