package com.collector.portal.notifications.control;

import com.collector.portal.notifications.entity.OutboxMail;
import com.collector.portal.tenancy.control.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps every mail in the outbox and sends it through the configured SMTP server, if any. A failed
 * send is recorded on the mail, never lost and never fails the caller's operation.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject Store store;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "portal.mail.from", defaultValue = "portal@collector.invalid")
  String from;

  public OutboxMail send(String ownerPath, String recipient, String subject, String body) {
    OutboxMail mail =
        store.add(new OutboxMail(ownerPath, recipient, subject, body, clock.instant()));
    host.filter(h -> !h.isBlank()).ifPresent(smtp -> deliver(mail, smtp));
    return mail;
  }

  private void deliver(OutboxMail mail, String smtp) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", smtp);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(properties));
      message.setFrom(new InternetAddress(from));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
      message.setSubject(mail.subject(), "UTF-8");
      message.setText(mail.body(), "UTF-8");
      Transport.send(message);
      mail.sent(clock.instant());
    } catch (MessagingException e) {
      LOG.warning(() -> "Mail to " + mail.recipient() + " not sent: " + e.getMessage());
      mail.failed(e.getMessage());
    }
  }
}
