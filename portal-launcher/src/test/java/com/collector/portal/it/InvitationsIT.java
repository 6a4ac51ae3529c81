package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Invitations travel by real SMTP; the invitee sets up the account through the mailed link. */
@ExtendWith(PortalServer.class)
class InvitationsIT {

  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/accept-invitation\\.xhtml\\?token=)(\\S+)");

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();

  @Test
  void anInviteeAcceptsThroughTheMailedLinkOnceAndSignsIn() {
    Tenants.Account admin = tenants.partnerAdmin("invite");
    String email = Tenants.unique("invitee").toLowerCase() + "@example.test";

    Api.Reply invited =
        api.post(
            "/api/v1/invitations",
            invitation(admin.organizationId(), email, "PARTNER_USER"),
            admin.token());
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    String mail = mailTo(email);
    Matcher link = LINK.matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    assertThat(link.group(1)).startsWith(server.baseUrl());
    String token = link.group(2);

    assertThat(
            api.post("/api/v1/auth/token", AuthIT.credentials(email, Tenants.PASSWORD), null)
                .status())
        .as("no password before accepting")
        .isEqualTo(401);
    Api.Reply weak = api.post("/api/v1/invitations/accept", accept(token, "short"), null);
    assertThat(weak.problemFields()).isEqualTo("password");
    assertThat(
            api.post("/api/v1/invitations/accept", accept(token, Tenants.PASSWORD), null).status())
        .isEqualTo(204);
    Api.Reply again =
        api.post("/api/v1/invitations/accept", accept(token, "Another-long-password-2"), null);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.problemFields()).isEqualTo("token");

    String accessToken = tenants.token(email, Tenants.PASSWORD);
    assertThat(
            api.get("/api/v1/me", accessToken)
                .json()
                .getJsonObject("user")
                .getString("displayName"))
        .isEqualTo("Ines Invitee");
  }

  @Test
  void aResentInvitationReplacesTheFirst() {
    Tenants.Account admin = tenants.partnerAdmin("resend");
    String email = Tenants.unique("resent").toLowerCase() + "@example.test";
    long userId =
        api.post(
                "/api/v1/invitations",
                invitation(admin.organizationId(), email, "PARTNER_USER"),
                admin.token())
            .json()
            .getJsonNumber("id")
            .longValue();
    String first = token(mailTo(email));

    assertThat(api.post("/api/v1/invitations/users/" + userId, null, admin.token()).status())
        .isEqualTo(204);
    String second = token(lastMailTo(email, 2));

    assertThat(second).isNotEqualTo(first);
    assertThat(
            api.post("/api/v1/invitations/accept", accept(first, Tenants.PASSWORD), null).status())
        .isEqualTo(400);
    assertThat(
            api.post("/api/v1/invitations/accept", accept(second, Tenants.PASSWORD), null).status())
        .isEqualTo(204);
    assertThat(api.post("/api/v1/invitations/users/" + userId, null, admin.token()).status())
        .as("accepted")
        .isEqualTo(409);
  }

  @Test
  void nobodyInvitesIntoAnotherTenantOrAboveTheirRights() {
    Tenants.Account a = tenants.partnerAdmin("invite-a");
    Tenants.Account b = tenants.partnerAdmin("invite-b");
    long customerOfB = tenants.organization(b.organizationId(), "invite-customer-of-b", b.token());

    assertThat(
            api.post(
                    "/api/v1/invitations",
                    invitation(customerOfB, "x1@example.test", "CUSTOMER_USER"),
                    a.token())
                .status())
        .isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/invitations",
                    invitation(a.organizationId(), "x2@example.test", "VENDOR_ADMIN"),
                    a.token())
                .status())
        .isEqualTo(403);
    assertThat(
            api.post(
                    "/api/v1/invitations",
                    "{\"organizationId\":" + a.organizationId() + "}",
                    a.token())
                .problemFields())
        .isEqualTo("email,language,roles");
    assertThat(api.get("/api/v1/outbox", a.token()).status())
        .as("the outbox is the vendor's")
        .isEqualTo(403);
    assertThat(api.get("/api/v1/outbox", tenants.vendorAdmin()).body())
        .contains("Collector Portal");
  }

  private static String invitation(long organizationId, String email, String role) {
    return "{\"organizationId\":%d,\"email\":\"%s\",\"language\":\"en\",\"roles\":[\"%s\"]}"
        .formatted(organizationId, email, role);
  }

  private static String accept(String token, String password) {
    return "{\"token\":\"%s\",\"displayName\":\"Ines Invitee\",\"language\":\"nl\",\"password\":\"%s\"}"
        .formatted(token, password);
  }

  private String mailTo(String recipient) {
    return lastMailTo(server, recipient, 1);
  }

  private String lastMailTo(String recipient, int count) {
    return lastMailTo(server, recipient, count);
  }

  /** The full link of an invitation mail. */
  static String linkIn(String mail) {
    Matcher link = LINK.matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    return link.group(1) + link.group(2);
  }

  /** The body of the {@code count}-th mail to {@code recipient}, waiting for it to arrive. */
  static String lastMailTo(PortalServer server, String recipient, int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      MimeMessage[] mine =
          Arrays.stream(server.mail().getReceivedMessages())
              .filter(m -> GreenMailUtil.getAddressList(getRecipients(m)).contains(recipient))
              .toArray(MimeMessage[]::new);
      if (mine.length >= count) {
        return GreenMailUtil.getBody(mine[count - 1]).replace("=\r\n", "").replace("=3D", "=");
      }
      PortalServer.sleep(200);
    }
    throw new AssertionError("No mail " + count + " to " + recipient);
  }

  private static jakarta.mail.Address[] getRecipients(MimeMessage message) {
    try {
      return message.getAllRecipients();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(String mail) {
    Matcher link = LINK.matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    return link.group(2);
  }
}
