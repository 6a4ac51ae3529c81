package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Password reset by e-mail, without revealing which e-mails have accounts. */
@ExtendWith(PortalServer.class)
class PasswordResetIT {

  private static final Pattern LINK =
      Pattern.compile("http://\\S+/reset-password\\.xhtml\\?token=(\\S+)");
  private static final String NEW_PASSWORD = "Brand-new-password-2026";

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();

  @Test
  void theMailedLinkSetsANewPasswordOnceAndEndsOtherSessions() {
    Tenants.Account user = tenants.partnerAdmin("reset");
    String refresh =
        api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), user.password()), null)
            .json()
            .getString("refreshToken");

    assertThat(
            api.post(
                    "/api/v1/auth/password-reset",
                    "{\"email\":\"" + user.email().toUpperCase() + "\"}",
                    null)
                .status())
        .isEqualTo(202);
    Matcher link = LINK.matcher(InvitationsIT.lastMailTo(server, user.email(), 1));
    assertThat(link.find()).isTrue();
    String token = link.group(1);

    assertThat(
            api.post("/api/v1/auth/password-reset/confirm", confirm(token, "short"), null)
                .problemFields())
        .isEqualTo("password");
    assertThat(
            api.post("/api/v1/auth/password-reset/confirm", confirm(token, NEW_PASSWORD), null)
                .status())
        .isEqualTo(204);
    assertThat(
            api.post(
                    "/api/v1/auth/password-reset/confirm",
                    confirm(token, "Yet-another-password-1"),
                    null)
                .problemFields())
        .as("single use")
        .isEqualTo("token");

    assertThat(
            api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), user.password()), null)
                .status())
        .isEqualTo(401);
    assertThat(
            api.post("/api/v1/auth/token", AuthIT.credentials(user.email(), NEW_PASSWORD), null)
                .status())
        .isEqualTo(200);
    assertThat(
            api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null)
                .status())
        .as("earlier sessions end")
        .isEqualTo(401);
  }

  @Test
  void unknownEmailsAnswerTheSameAndGetNoMail() {
    String ghost = Tenants.unique("ghost").toLowerCase() + "@example.test";
    int before = server.mail().getReceivedMessages().length;

    Api.Reply reply =
        api.post("/api/v1/auth/password-reset", "{\"email\":\"" + ghost + "\"}", null);

    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.body()).isEmpty();
    PortalServer.sleep(1000);
    assertThat(server.mail().getReceivedMessagesForDomain(ghost)).isEmpty();
    assertThat(server.mail().getReceivedMessages().length).isGreaterThanOrEqualTo(before);
  }

  @Test
  void anInvitationLinkIsNoResetLinkAndViceVersa() {
    Tenants.Account user = tenants.partnerAdmin("reset-purpose");
    api.post("/api/v1/auth/password-reset", "{\"email\":\"" + user.email() + "\"}", null);
    Matcher link = LINK.matcher(InvitationsIT.lastMailTo(server, user.email(), 1));
    assertThat(link.find()).isTrue();

    Api.Reply asInvitation =
        api.post(
            "/api/v1/invitations/accept",
            "{\"token\":\"%s\",\"language\":\"en\",\"password\":\"%s\"}"
                .formatted(link.group(1), NEW_PASSWORD),
            null);

    assertThat(asInvitation.problemFields()).isEqualTo("token");
  }

  private static String confirm(String token, String password) {
    return "{\"token\":\"%s\",\"password\":\"%s\"}".formatted(token, password);
  }
}
