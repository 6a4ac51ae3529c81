package com.collector.portal.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the 400 answers: the refusal must name the field at fault, as clients show it. */
public final class Refusals {

  private Refusals() {}

  /**
   * Asserts that {@code call} fails with an {@link InvalidInputException} naming only {@code
   * field}.
   */
  public static InvalidInputException assertInvalidInput(ThrowingCallable call, String field) {
    InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(refusal).as("expected an InvalidInputException on field %s", field).isNotNull();
    assertThat(refusal.errors())
        .extracting(InvalidInputException.FieldError::field)
        .containsExactly(field);
    assertThat(refusal.status()).isEqualTo(400);
    return refusal;
  }
}
