package com.collector.repository.storage;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one Azurite for the whole test run (installing it first when needed) and stops it when the
 * run ends. Register it as a static field and ask it for the connection string:
 *
 * <pre>{@code
 * @RegisterExtension static final AzuriteExtension AZURITE = new AzuriteExtension();
 * ... AZURITE.azurite().connectionString() ...
 * }</pre>
 */
public final class AzuriteExtension implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AzuriteExtension.class);

  private Azurite azurite;

  @Override
  public void beforeAll(ExtensionContext context) {
    // In the root store: shared by every test class, closed by JUnit after the last one.
    azurite =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Azurite.class, key -> Azurite.start(), Azurite.class);
  }

  public Azurite azurite() {
    if (azurite == null) {
      throw new IllegalStateException(
          "Azurite is started in beforeAll; register as a static field");
    }
    return azurite;
  }
}
