package com.collector.portal.tenancy.control;

import static com.collector.portal.platform.boundary.Refusals.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  private static final Set<String> SORTABLE = Set.of("name", "createdAt");

  @Test
  void aNegativeOffsetIsRefused() {
    assertInvalidInput(() -> new PageRequest(-1, 20, null, true), "offset");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE})
  void aLimitOutsideOneToTwoHundredIsRefused(int limit) {
    assertInvalidInput(() -> new PageRequest(0, limit, null, true), "limit");
  }

  @Test
  void theBoundsThemselvesAreAccepted() {
    assertThatCode(() -> new PageRequest(0, 1, null, true)).doesNotThrowAnyException();
    assertThatCode(() -> new PageRequest(0, 200, null, true)).doesNotThrowAnyException();
    assertThatCode(() -> new PageRequest(10_000, 50, null, true)).doesNotThrowAnyException();
  }

  @Test
  void ordersByTheRequestedFieldThenById() {
    assertThat(new PageRequest(0, 20, "createdAt", true).orderBy(SORTABLE, "name"))
        .isEqualTo("e.createdAt ASC, e.id ASC");
  }

  @Test
  void descendingOrderStillBreaksTiesByAscendingId() {
    assertThat(new PageRequest(0, 20, "name", false).orderBy(SORTABLE, "name"))
        .isEqualTo("e.name DESC, e.id ASC");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void aBlankSortFallsBack(String sort) {
    assertThat(new PageRequest(0, 20, sort, true).orderBy(SORTABLE, "name"))
        .isEqualTo("e.name ASC, e.id ASC");
  }

  @Test
  void noSortFallsBack() {
    assertThat(new PageRequest(0, 20, null, false).orderBy(SORTABLE, "createdAt"))
        .isEqualTo("e.createdAt DESC, e.id ASC");
  }

  @Test
  void textFieldsSortCaseInsensitively() {
    assertThat(new PageRequest(0, 20, "name", true).orderBy(SORTABLE, Set.of("name"), "name"))
        .isEqualTo("LOWER(e.name) ASC, e.id ASC");
    assertThat(new PageRequest(0, 20, null, false).orderBy(SORTABLE, Set.of("name"), "name"))
        .isEqualTo("LOWER(e.name) DESC, e.id ASC");
  }

  @Test
  void fieldsThatAreNotTextSortAsTheyAre() {
    assertThat(new PageRequest(0, 20, "createdAt", true).orderBy(SORTABLE, Set.of("name"), "name"))
        .isEqualTo("e.createdAt ASC, e.id ASC");
  }

  @Test
  void aTextFieldMustStillBeSortable() {
    assertInvalidInput(
        () -> new PageRequest(0, 20, "email", true).orderBy(SORTABLE, Set.of("email"), "name"),
        "sort");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "email",
        "NAME",
        "name ",
        "name; DELETE FROM organization",
        "name, e.passwordHash"
      })
  void aFieldThatIsNotListedIsRefusedNamingSort(String sort) {
    assertInvalidInput(() -> new PageRequest(0, 20, sort, true).orderBy(SORTABLE, "name"), "sort");
  }

  @Test
  void aFallbackThatIsNotListedIsRefusedToo() {
    assertInvalidInput(() -> new PageRequest(0, 20, null, true).orderBy(SORTABLE, "id"), "sort");
  }
}
