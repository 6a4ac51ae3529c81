package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PortalServer.class)
class OrganizationsIT {

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();

  @Test
  void partnerAdminCreatesCustomersUnderTheirPartnerAndTheAuditLogRecordsIt() {
    Tenants.Account partner = tenants.partnerAdmin("creator");

    Api.Reply created =
        api.post(
            "/api/v1/organizations",
            "{\"parentId\":%d,\"name\":\"  Bakery Janssens  \",\"contactEmail\":\"boss@bakery.test\"}"
                .formatted(partner.organizationId()),
            partner.token());

    assertThat(created.status()).isEqualTo(201);
    JsonObject customer = created.json();
    assertThat(customer.getString("kind")).isEqualTo("CUSTOMER");
    assertThat(customer.getString("name")).isEqualTo("Bakery Janssens");
    assertThat(customer.getString("path"))
        .endsWith("/" + partner.organizationId() + "/" + customer.getInt("id") + "/");
    assertThat(created.header("Location"))
        .endsWith("/api/v1/organizations/" + customer.getInt("id"));

    JsonObject entry =
        api.get("/api/v1/audit?q=organization.created", partner.token())
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(entry.getString("actor")).isEqualTo(partner.email());
    assertThat(entry.getString("entityId")).isEqualTo(Integer.toString(customer.getInt("id")));
    assertThat(entry.getString("after")).contains("Bakery Janssens");
  }

  @Test
  void companyDetailsAreShownCheckedAndKeptWhenOnlyTheNameChanges() {
    Tenants.Account partner = tenants.partnerAdmin("company");
    Api.Reply created =
        api.post(
            "/api/v1/organizations",
            ("{\"parentId\":%d,\"name\":\"Kaasboer\",\"vatNumber\":\"NL 0044.95445.B01\","
                    + "\"street\":\"Markt 2\",\"postalCode\":\"1011\",\"city\":\"Amsterdam\","
                    + "\"country\":\"NL\",\"contactName\":\"Joost\"}")
                .formatted(partner.organizationId()),
            partner.token());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    String url = "/api/v1/organizations/" + id;

    Api.Reply badVat =
        api.put(url, "{\"name\":\"Kaasboer\",\"vatNumber\":\"NL004495446B01\"}", partner.token());
    assertProblem(badVat, 400, "vatNumber");
    Api.Reply halfAddress =
        api.put(
            url,
            "{\"name\":\"Kaasboer\",\"street\":\"Dam 1\",\"country\":\"NL\"}",
            partner.token());
    assertProblem(halfAddress, 400, "postalCode,city");

    Api.Reply renamed = api.put(url, "{\"name\":\"Kaasboer BV\"}", partner.token());
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    JsonObject shown = api.get(url, partner.token()).json();
    assertThat(shown.getString("name")).isEqualTo("Kaasboer BV");
    assertThat(shown.getString("vatNumber")).isEqualTo("NL004495445B01");
    assertThat(shown.getString("city")).isEqualTo("Amsterdam");
    assertThat(shown.getString("contactName")).isEqualTo("Joost");

    Tenants.Account stranger = tenants.partnerAdmin("company-other");
    assertThat(api.get(url, stranger.token()).status()).isEqualTo(404);
    assertThat(api.put(url, "{\"name\":\"Mine\",\"vatNumber\":\"\"}", stranger.token()).status())
        .isEqualTo(404);
  }

  @Test
  void namesAreUniquePerParentNotGlobally() {
    Tenants.Account first = tenants.partnerAdmin("uniq-a");
    Tenants.Account second = tenants.partnerAdmin("uniq-b");
    String body = "{\"parentId\":%d,\"name\":\"Same Name\"}";

    assertThat(
            api.post("/api/v1/organizations", body.formatted(first.organizationId()), first.token())
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/organizations",
                    body.formatted(second.organizationId()),
                    second.token())
                .status())
        .isEqualTo(201);
    Api.Reply duplicate =
        api.post(
            "/api/v1/organizations",
            "{\"parentId\":%d,\"name\":\"same name\"}".formatted(first.organizationId()),
            first.token());

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.problemFields()).isEqualTo("name");
  }

  @Test
  void listingPagesSearchesAndSortsOnTheServer() {
    Tenants.Account partner = tenants.partnerAdmin("paging");
    for (String name : List.of("Delta", "alpha", "Charlie", "bravo", "Echo")) {
      api.post(
          "/api/v1/organizations",
          "{\"parentId\":%d,\"name\":\"%s\"}".formatted(partner.organizationId(), name),
          partner.token());
    }

    JsonObject page =
        api.get(
                "/api/v1/organizations?kind=CUSTOMER&limit=2&offset=1&sort=name&order=desc",
                partner.token())
            .json();
    JsonObject search = api.get("/api/v1/organizations?q=HARL", partner.token()).json();

    assertThat(page.getInt("total")).isEqualTo(5);
    assertThat(names(page)).containsExactly("Delta", "Charlie");
    assertThat(names(search)).containsExactly("Charlie");
  }

  @Test
  void concurrentEditsAreDetectedByVersion() {
    Tenants.Account partner = tenants.partnerAdmin("version");
    long id = tenants.organization(partner.organizationId(), "edited", partner.token());
    long version =
        api.get("/api/v1/organizations/" + id, partner.token())
            .json()
            .getJsonNumber("version")
            .longValue();

    Api.Reply first =
        api.put(
            "/api/v1/organizations/" + id,
            "{\"name\":\"First edit\",\"version\":%d}".formatted(version),
            partner.token());
    Api.Reply stale =
        api.put(
            "/api/v1/organizations/" + id,
            "{\"name\":\"Second edit\",\"version\":%d}".formatted(version),
            partner.token());

    assertThat(first.status()).isEqualTo(200);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.problemFields()).isEqualTo("version");
    assertThat(api.get("/api/v1/organizations/" + id, partner.token()).json().getString("name"))
        .isEqualTo("First edit");
  }

  @Test
  void badInputIsA4xxProblemNamingTheFieldAndWritesNothing() {
    Tenants.Account partner = tenants.partnerAdmin("bad-input");
    long parent = partner.organizationId();
    String tooLong = "x".repeat(201);

    assertProblem(
        api.post(
            "/api/v1/organizations", "{\"parentId\":" + parent + ",\"name\":", partner.token()),
        400,
        "body");
    assertProblem(
        api.post("/api/v1/organizations", "{\"name\":\"No parent\"}", partner.token()),
        400,
        "parentId");
    assertProblem(
        api.post("/api/v1/organizations", "{\"parentId\":" + parent + "}", partner.token()),
        400,
        "name");
    assertProblem(
        api.post(
            "/api/v1/organizations",
            "{\"parentId\":%d,\"name\":\"%s\"}".formatted(parent, tooLong),
            partner.token()),
        400,
        "name");
    assertProblem(
        api.post(
            "/api/v1/organizations",
            "{\"parentId\":%d,\"name\":\"Ok\",\"contactEmail\":\"not-an-email\"}".formatted(parent),
            partner.token()),
        400,
        "contactEmail");
    assertProblem(
        api.post(
            "/api/v1/organizations", "{\"parentId\":\"abc\",\"name\":\"Typed\"}", partner.token()),
        400,
        "body");
    assertProblem(
        api.post(
            "/api/v1/organizations",
            "{\"parentId\":987654321,\"name\":\"Orphan\"}",
            partner.token()),
        404,
        "");
    assertProblem(api.get("/api/v1/organizations/987654321", partner.token()), 404, "");
    assertProblem(
        api.put("/api/v1/organizations/987654321", "{\"name\":\"Ghost\"}", partner.token()),
        404,
        "");
    assertProblem(api.get("/api/v1/organizations?limit=abc", partner.token()), 400, "limit");
    assertProblem(api.get("/api/v1/organizations?limit=100000", partner.token()), 400, "limit");
    assertProblem(api.get("/api/v1/organizations?sort=password", partner.token()), 400, "sort");
    assertProblem(api.get("/api/v1/organizations?kind=PLANET", partner.token()), 400, "kind");

    assertThat(
            api.get("/api/v1/organizations?kind=CUSTOMER", partner.token()).json().getInt("total"))
        .isZero();
  }

  @Test
  void usersAreFilteredByRoleStatusAndText() {
    Tenants.Account admin = tenants.partnerAdmin("user-filters");
    Tenants.Account plain = tenants.user(admin.organizationId(), "PARTNER_USER", admin.token());
    api.post("/api/v1/users/" + plain.id() + "/disable", null, admin.token());
    String base = "/api/v1/users?organizationId=" + admin.organizationId();

    assertThat(api.get(base + "&role=PARTNER_ADMIN", admin.token()).json().getInt("total"))
        .isEqualTo(1);
    assertThat(
            api.get(base + "&status=disabled", admin.token())
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("email"))
        .isEqualTo(plain.email());
    assertThat(
            api.get(base + "&status=enabled&role=PARTNER_USER", admin.token())
                .json()
                .getInt("total"))
        .isZero();
    assertProblem(api.get(base + "&role=KING", admin.token()), 400, "role");
    assertProblem(api.get(base + "&status=sleeping", admin.token()), 400, "status");
  }

  private static void assertProblem(Api.Reply reply, int status, String fields) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
    assertThat(reply.json().getInt("status")).isEqualTo(status);
    assertThat(reply.problemFields()).isEqualTo(fields);
  }

  static List<String> names(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(o -> ((JsonString) o.asJsonObject().get("name")).getString())
        .toList();
  }
}
