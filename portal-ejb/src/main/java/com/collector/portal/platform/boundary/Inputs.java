package com.collector.portal.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/**
 * Validates boundary inputs with their Bean Validation constraints and fails with every field at
 * fault, so pages and the API report the same errors.
 */
@ApplicationScoped
public class Inputs {

  @Inject Validator validator;

  public <T> T valid(T input, String name) {
    if (input == null) {
      throw new InvalidInputException(name, "is required");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(
          violations.stream()
              .map(
                  v ->
                      new InvalidInputException.FieldError(
                          v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
              .toList());
    }
    return input;
  }
}
