package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Forced password resets and the invited status, through the API. */
@ExtendWith(PortalServer.class)
class UserAdministrationIT {

  static final Pattern RESET_LINK =
      Pattern.compile("(http://\\S+/reset-password\\.xhtml\\?token=)(\\S+)");
  private static final String NEW_PASSWORD = "Chosen-after-the-reset-2026";

  private final PortalServer server = PortalServer.get();
  private final Tenants tenants = new Tenants(server);
  private final Api api = tenants.api();

  @Test
  void aForcedResetEndsThePasswordAndEverySessionUntilTheMailedLinkSetsANewOne() {
    Tenants.Account admin = tenants.partnerAdmin("force-reset");
    Tenants.Account user = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    String refresh = signIn(user.email(), user.password()).getString("refreshToken");
    String apiToken =
        api.post("/api/v1/api-tokens", "{\"name\":\"ci\",\"rights\":[\"VIEW\"]}", user.token())
            .json()
            .getString("secret");
    assertThat(api.get("/api/v1/me", apiToken).status()).isEqualTo(200);
    // Access tokens state their issue time in whole seconds: start the reset in a later second.
    PortalServer.sleep(1100);

    Api.Reply reset = api.post(resetPath(user.id()), null, admin.token());

    assertThat(reset.status()).as(reset.body()).isEqualTo(204);
    String mail = InvitationsIT.lastMailTo(server, user.email(), 1);
    assertThat(mail).contains("An administrator of your organization has reset");
    Matcher link = RESET_LINK.matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    assertThat(tokenStatus(user.email(), user.password())).as("old password").isEqualTo(401);
    assertThat(api.get("/api/v1/me", user.token()).status()).as("access token").isEqualTo(401);
    assertThat(api.post("/api/v1/auth/refresh", refreshJson(refresh), null).status())
        .as("refresh token")
        .isEqualTo(401);
    assertThat(api.get("/api/v1/me", apiToken).status()).as("API token").isEqualTo(401);
    JsonObject shown = api.get("/api/v1/users/" + user.id(), admin.token()).json();
    assertThat(shown.getBoolean("mustChangePassword")).isTrue();
    assertThat(shown.getString("status")).isEqualTo("ENABLED");

    Api.Reply confirmed =
        api.post(
            "/api/v1/auth/password-reset/confirm",
            "{\"token\":%s,\"password\":%s}"
                .formatted(Api.quote(link.group(2)), Api.quote(NEW_PASSWORD)),
            null);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
    String fresh = tenants.token(user.email(), NEW_PASSWORD);
    assertThat(api.get("/api/v1/me", fresh).status())
        .as("a session after the reset")
        .isEqualTo(200);
    assertThat(api.get("/api/v1/audit?q=password-reset-forced", tenants.vendorAdmin()).body())
        .contains("\"entityId\":\"" + user.id() + "\"");
  }

  @Test
  void nobodyForcesAResetOutsideTheirSubtreeOnThemselvesOrWithoutManageUsers() {
    Tenants.Account a = tenants.partnerAdmin("force-a");
    Tenants.Account b = tenants.partnerAdmin("force-b");
    Tenants.Account userOfB = tenants.user(b.organizationId(), "PARTNER_USER", b.token());
    Tenants.Account plain = tenants.user(a.organizationId(), "PARTNER_USER", a.token());
    Tenants.Account colleague = tenants.user(a.organizationId(), "PARTNER_USER", a.token());

    Api.Reply foreign = api.post(resetPath(userOfB.id()), null, a.token());
    Api.Reply own = api.post(resetPath(a.id()), null, a.token());
    Api.Reply unentitled = api.post(resetPath(colleague.id()), null, plain.token());
    Api.Reply upward = api.post(resetPath(a.id()), null, colleague.token());

    assertThat(foreign.status()).as("another tenant's user").isEqualTo(404);
    assertThat(foreign.isProblem()).isTrue();
    assertThat(own.status()).as("oneself").isEqualTo(403);
    assertThat(unentitled.status()).as("without MANAGE_USERS").isEqualTo(403);
    assertThat(upward.status()).isEqualTo(403);
    for (Tenants.Account untouched : new Tenants.Account[] {userOfB, a, colleague}) {
      assertThat(tokenStatus(untouched.email(), untouched.password())).isEqualTo(200);
      assertThat(server.mail().getReceivedMessagesForDomain(untouched.email())).isEmpty();
    }
  }

  @Test
  void invitedUsersHaveTheirOwnStatusAndFilterUntilTheyAccept() {
    Tenants.Account admin = tenants.partnerAdmin("status");
    String email = Tenants.unique("pending").toLowerCase() + "@example.test";
    long invitee =
        api.post(
                "/api/v1/invitations",
                "{\"organizationId\":%d,\"email\":\"%s\",\"language\":\"en\",\"roles\":[\"PARTNER_USER\"]}"
                    .formatted(admin.organizationId(), email),
                admin.token())
            .json()
            .getJsonNumber("id")
            .longValue();
    Tenants.Account active = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    Tenants.Account disabled = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    api.post("/api/v1/users/" + disabled.id() + "/disable", null, admin.token());

    assertThat(emails("invited", admin)).isEqualTo("[" + email + "]");
    assertThat(emails("INVITED", admin)).as("any case").isEqualTo("[" + email + "]");
    assertThat(emails("enabled", admin)).isEqualTo(sorted(admin.email(), active.email()));
    assertThat(emails("disabled", admin)).isEqualTo("[" + disabled.email() + "]");
    assertThat(api.get("/api/v1/users?status=pending", admin.token()).problemFields())
        .isEqualTo("status");
    assertThat(api.get("/api/v1/users/" + invitee, admin.token()).json().getString("status"))
        .isEqualTo("INVITED");
    assertThat(api.post(resetPath(invitee), null, admin.token()).status())
        .as("an invitee gets the invitation again instead")
        .isEqualTo(409);
    assertThat(api.post("/api/v1/invitations/users/" + active.id(), null, admin.token()).status())
        .as("no invitation to resend")
        .isEqualTo(409);

    assertThat(api.post("/api/v1/invitations/users/" + invitee, null, admin.token()).status())
        .isEqualTo(204);
    String link = InvitationsIT.linkIn(InvitationsIT.lastMailTo(server, email, 2));
    api.post(
        "/api/v1/invitations/accept",
        "{\"token\":%s,\"language\":\"en\",\"password\":%s}"
            .formatted(
                Api.quote(link.substring(link.indexOf("token=") + 6)), Api.quote(NEW_PASSWORD)),
        null);

    assertThat(emails("invited", admin)).isEqualTo("[]");
    assertThat(emails("enabled", admin)).contains(email);
  }

  static String resetPath(long userId) {
    return "/api/v1/users/" + userId + "/password-reset";
  }

  private JsonObject signIn(String email, String password) {
    return api.post("/api/v1/auth/token", AuthIT.credentials(email, password), null).json();
  }

  private int tokenStatus(String email, String password) {
    return api.post("/api/v1/auth/token", AuthIT.credentials(email, password), null).status();
  }

  private static String refreshJson(String refresh) {
    return "{\"refreshToken\":" + Api.quote(refresh) + "}";
  }

  /** The e-mails of the admin's users with {@code status}, sorted. */
  private String emails(String status, Tenants.Account admin) {
    Api.Reply reply = api.get("/api/v1/users?limit=200&sort=email&status=" + status, admin.token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("items").stream()
        .map(u -> u.asJsonObject().getString("email"))
        .toList()
        .toString();
  }

  private static String sorted(String... emails) {
    return java.util.Arrays.stream(emails).sorted().toList().toString();
  }
}
