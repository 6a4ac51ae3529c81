package com.collector.portal.tickets.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Role;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.tenancy.entity.Organization;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(14);

  private final Organization vendor = Organization.vendor(1, "Vendor", NOW);
  private final Organization customer =
      vendor.addChild(2, "Partner", null, NOW).addChild(3, "Customer", null, NOW);
  private final Author agent = new Author(10L, "Alice Agent", true);
  private final Author client = new Author(20L, "Carl Customer", false);
  private final Ticket cut = ticket(1001);

  @Test
  void aNewTicketBelongsToItsCustomersSubtree() {
    assertThat(cut.state()).isEqualTo(TicketState.NEW);
    assertThat(cut.ownerPath()).isEqualTo("/1/2/3/");
    assertThat(cut.reference()).isEqualTo("T-1001");
    assertThat(cut.times().createdAt()).isEqualTo(NOW);
    assertThat(cut.times().firstResponseAt()).isNull();
  }

  @Test
  void eachMoveIsRecordedWithBothStates() {
    TicketEntry entry = cut.moveTo(TicketState.OPEN, agent, "On it", NOW.plusSeconds(60), WINDOW);

    assertThat(entry.kind()).isEqualTo(EntryKind.STATE_CHANGE);
    assertThat(entry.fromState()).isEqualTo(TicketState.NEW);
    assertThat(entry.toState()).isEqualTo(TicketState.OPEN);
    assertThat(entry.body()).isEqualTo("On it");
    assertThat(entry.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(cut.times().updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void movesOutsideTheStateMachineAreRefused() {
    assertThatThrownBy(() -> cut.moveTo(TicketState.CLOSED, agent, null, NOW, WINDOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("NEW cannot become CLOSED");
    cut.moveTo(TicketState.RESOLVED, agent, null, NOW, WINDOW);
    cut.moveTo(TicketState.CLOSED, agent, null, NOW, WINDOW);
    assertThatThrownBy(() -> cut.moveTo(TicketState.OPEN, agent, null, NOW, WINDOW))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> cut.comment("Still there?", Visibility.PUBLIC, client, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aResolvedTicketReopensOnlyWithinTheWindow() {
    Ticket late = ticket(1002);
    cut.moveTo(TicketState.RESOLVED, agent, null, NOW, WINDOW);
    late.moveTo(TicketState.RESOLVED, agent, null, NOW, WINDOW);

    cut.moveTo(TicketState.OPEN, client, "Not fixed", NOW.plus(WINDOW), WINDOW);
    assertThat(cut.state()).isEqualTo(TicketState.OPEN);
    assertThat(cut.times().resolvedAt()).isNull();
    assertThatThrownBy(
            () ->
                late.moveTo(
                    TicketState.OPEN, client, null, NOW.plus(WINDOW).plusSeconds(1), WINDOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("more than 14 days ago");
  }

  @Test
  void theFirstPublicAnswerOfCustomerServiceIsTheFirstResponse() {
    cut.comment("Internal thought", Visibility.INTERNAL, agent, NOW.plusSeconds(10));
    cut.comment("Me again", Visibility.PUBLIC, client, NOW.plusSeconds(20));
    assertThat(cut.times().firstResponseAt()).isNull();

    cut.comment("We are looking", Visibility.PUBLIC, agent, NOW.plusSeconds(30));
    cut.comment("Found it", Visibility.PUBLIC, agent, NOW.plusSeconds(40));
    assertThat(cut.times().firstResponseAt()).isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void theCustomersAnswerHandsAWaitingTicketBack() {
    cut.moveTo(TicketState.WAITING_ON_CUSTOMER, agent, "Which version?", NOW, WINDOW);
    assertThat(cut.times().firstResponseAt()).isEqualTo(NOW);

    List<TicketEntry> staffNote = cut.comment("note", Visibility.INTERNAL, agent, NOW);
    assertThat(staffNote).hasSize(1);
    assertThat(cut.state()).isEqualTo(TicketState.WAITING_ON_CUSTOMER);

    List<TicketEntry> answer = cut.comment("4.2", Visibility.PUBLIC, client, NOW.plusSeconds(5));
    assertThat(answer)
        .extracting(TicketEntry::kind)
        .containsExactly(EntryKind.COMMENT, EntryKind.STATE_CHANGE);
    assertThat(cut.state()).isEqualTo(TicketState.OPEN);
  }

  @Test
  void takingANewTicketOnOpensIt() {
    UserAccount alice =
        UserAccount.create(
            vendor, "alice@v.test", "Alice", Language.en, Set.of(Role.VENDOR_AGENT), "x", NOW);

    List<TicketEntry> entries = cut.assignTo(alice, "Level 2", agent, NOW);

    assertThat(cut.assignee()).isSameAs(alice);
    assertThat(cut.queue()).isEqualTo("Level 2");
    assertThat(cut.state()).isEqualTo(TicketState.OPEN);
    assertThat(entries.get(0).body()).isEqualTo("Assigned to Alice (queue Level 2)");
    assertThat(cut.assignTo(null, null, agent, NOW)).hasSize(1);
    assertThat(cut.state()).as("unassigning does not move it back").isEqualTo(TicketState.OPEN);
  }

  @Test
  void workNeedsItsMinutes() {
    TicketEntry work = cut.logWork("Called the customer", 25, Visibility.INTERNAL, agent, NOW);

    assertThat(work.kind()).isEqualTo(EntryKind.WORK);
    assertThat(work.minutesSpent()).isEqualTo(25);
    assertThatThrownBy(() -> cut.logWork("nothing", 0, Visibility.PUBLIC, agent, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRecurrenceReopensAResolvedTicketWithinTheWindowOnly() {
    cut.moveTo(TicketState.RESOLVED, Author.system("Monitoring"), "Gone", NOW, WINDOW);

    assertThat(cut.takesRecurrence(NOW.plus(WINDOW), WINDOW)).isTrue();
    assertThat(cut.takesRecurrence(NOW.plus(WINDOW).plusSeconds(1), WINDOW)).isFalse();
    List<TicketEntry> entries =
        cut.recur("Again", Author.system("Monitoring"), NOW.plusSeconds(60), WINDOW);
    assertThat(entries)
        .extracting(TicketEntry::kind)
        .containsExactly(EntryKind.RECURRENCE, EntryKind.STATE_CHANGE);
    assertThat(cut.state()).isEqualTo(TicketState.OPEN);
  }

  @Test
  void aDuplicateMergesIntoAnOpenTicketOfTheSameCustomerOnly() {
    Ticket keep = ticket(1002);
    Organization otherCustomer =
        vendor.addChild(4, "Partner 2", null, NOW).addChild(5, "Other", null, NOW);
    Ticket foreign =
        new Ticket(
            1003, otherCustomer, null, details(), TicketSource.MANUAL, null, false, client, NOW);

    assertThatThrownBy(() -> cut.mergeInto(foreign, agent, NOW))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> cut.mergeInto(cut, agent, NOW)).isInstanceOf(ConflictException.class);
    List<TicketEntry> entries = cut.mergeInto(keep, agent, NOW);

    assertThat(cut.state()).isEqualTo(TicketState.CLOSED);
    assertThat(cut.mergedInto()).isSameAs(keep);
    assertThat(entries.get(0).body()).isEqualTo("Merged into T-1002");
    assertThat(entries.get(1).ticket()).isSameAs(keep);
    assertThatThrownBy(() -> cut.logWork("late", 5, Visibility.PUBLIC, agent, NOW))
        .hasMessageContaining("merged into T-1002");
    assertThatThrownBy(() -> ticket(1004).mergeInto(cut, agent, NOW))
        .as("not into a closed duplicate")
        .isInstanceOf(ConflictException.class);
  }

  private Ticket ticket(long number) {
    return new Ticket(
        number, customer, null, details(), TicketSource.MANUAL, null, false, client, NOW);
  }

  private static TicketDetails details() {
    return new TicketDetails(
        "Extraction fails", "Since this morning", TicketCategory.INCIDENT, TicketPriority.HIGH);
  }
}
