package com.collector.portal.it;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the test SMTP server received, per recipient; waits for mails that are still on their way.
 */
final class Mailbox {

  private final PortalServer server;

  Mailbox(PortalServer server) {
    this.server = server;
  }

  List<MimeMessage> to(String recipient) {
    return Arrays.stream(server.mail().getReceivedMessages())
        .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(recipient))
        .toList();
  }

  List<String> subjectsTo(String recipient) {
    return to(recipient).stream().map(Mailbox::subject).toList();
  }

  /** The bodies of the mails to {@code recipient}, decoded, separated by {@code ---} lines. */
  String bodiesTo(String recipient) {
    return String.join(
        "\n---\n",
        to(recipient).stream()
            .map(m -> GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="))
            .toList());
  }

  /** {@link #bodiesTo}, once one of them contains {@code text}. */
  String awaitBody(String recipient, String text) {
    return await(() -> bodiesTo(recipient), b -> b.contains(text), recipient, text);
  }

  /** {@link #subjectsTo}, once one of them contains {@code text}. */
  List<String> awaitSubject(String recipient, String text) {
    return await(
        () -> subjectsTo(recipient),
        s -> s.stream().anyMatch(t -> t.contains(text)),
        recipient,
        text);
  }

  private static <T> T await(
      java.util.function.Supplier<T> read, Predicate<T> arrived, String recipient, String text) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      T seen = read.get();
      if (arrived.test(seen)) {
        return seen;
      }
      PortalServer.sleep(200);
    }
    throw new AssertionError("No mail with \"" + text + "\" to " + recipient + ": " + read.get());
  }

  private static jakarta.mail.Address[] recipients(MimeMessage message) {
    try {
      return message.getAllRecipients();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
