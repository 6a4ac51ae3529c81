package com.collector.portal.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes one {@link PasswordHasher} with the configured cost available for injection. */
@ApplicationScoped
public class PasswordHashing {

  @Produces
  @Singleton
  PasswordHasher hasher(
      @ConfigProperty(name = "portal.password.iterations", defaultValue = "210000")
          int iterations) {
    return new PasswordHasher(iterations);
  }
}
