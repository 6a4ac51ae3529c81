package com.collector.portal.it;

import static com.collector.portal.it.Ticketing.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments: stored whole, read only by who may read them, refused when too large or disguised.
 */
@ExtendWith(PortalServer.class)
class TicketAttachmentsIT {

  private static final byte[] LOG =
      "2026-12-03 09:00 extraction stopped\n".getBytes(StandardCharsets.UTF_8);

  private final Tenants tenants = new Tenants(PortalServer.get());
  private final Api api = tenants.api();
  private final Ticketing ticketing = new Ticketing(api);

  @Test
  void aCustomersLogIsReadByItsPartnerAndCustomerServiceButNotByOthers() {
    Tenants.Account partner = tenants.partnerAdmin("tk-file");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    Tenants.Account clerk = tenants.user(customer, "CUSTOMER_USER", partner.token());
    Tenants.Account other = tenants.partnerAdmin("tk-file-other");
    Tenants.Account agent =
        tenants.user(tenants.vendorOrganizationId(), "VENDOR_AGENT", tenants.vendorAdmin());
    long number = ticketing.opened(customer, "With a log", clerk.token());

    Api.Reply attached =
        api.postBytes(
            files(number) + "?name=..%2Flogs%2Fcollector.log", "text/plain", LOG, clerk.token());
    assertThat(attached.status()).as(attached.body()).isEqualTo(201);
    assertThat(attached.json().getString("fileName")).isEqualTo("collector.log");
    long id = attached.json().getJsonNumber("id").longValue();

    HttpResponse<byte[]> download = api.getBytes(files(number) + "/" + id, partner.token());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(LOG);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/plain");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"collector.log\"");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(api.getBytes(files(number) + "/" + id, agent.token()).body()).isEqualTo(LOG);
    assertThat(api.getBytes(files(number) + "/" + id, other.token()).statusCode()).isEqualTo(404);
    assertThat(ticketing.timeline(number, partner.token())).contains("Attached collector.log");

    Api.Reply internal =
        api.postBytes(
            files(number) + "?name=trace.txt&internal=true", "text/plain", LOG, agent.token());
    long secret = internal.json().getJsonNumber("id").longValue();
    assertThat(api.getBytes(files(number) + "/" + secret, clerk.token()).statusCode())
        .isEqualTo(404);
    assertThat(attachments(number, clerk.token()))
        .extracting(a -> a.getString("fileName"))
        .containsExactly("collector.log");
    assertThat(attachments(number, agent.token())).hasSize(2);
    assertThat(
            api.postBytes(
                    files(number) + "?name=x.txt&internal=true", "text/plain", LOG, clerk.token())
                .status())
        .isEqualTo(403);
    assertThat(
            api.postBytes(files(number) + "?name=x.txt", "text/plain", LOG, other.token()).status())
        .isEqualTo(404);
  }

  @Test
  void tooLargeOrDisguisedFilesAreRefusedAndNothingIsAttached() {
    Tenants.Account partner = tenants.partnerAdmin("tk-file-bad");
    long customer = tenants.organization(partner.organizationId(), "shop", partner.token());
    long number = ticketing.opened(customer, "Bad files", partner.token());

    Api.Reply large =
        api.postBytes(
            files(number) + "?name=big.txt",
            "text/plain",
            "x".repeat(1_500_000).getBytes(),
            partner.token());
    assertThat(large.status()).isEqualTo(413);
    assertThat(large.problemFields()).isEqualTo("file");
    Api.Reply disguised =
        api.postBytes(
            files(number) + "?name=cat.png", "image/png", "<script>".getBytes(), partner.token());
    assertThat(disguised.status()).isEqualTo(400);
    assertThat(disguised.problemFields()).isEqualTo("contentType");
    Api.Reply program =
        api.postBytes(
            files(number) + "?name=setup.exe",
            "application/x-msdownload",
            "MZ".getBytes(),
            partner.token());
    assertThat(program.problemFields()).isEqualTo("contentType");
    Api.Reply nameless = api.postBytes(files(number), "text/plain", LOG, partner.token());
    assertThat(nameless.problemFields()).isEqualTo("name");

    assertThat(attachments(number, partner.token())).isEmpty();
    assertThat(ticketing.timeline(number, partner.token()))
        .noneMatch(b -> b.startsWith("Attached"));
  }

  private java.util.List<JsonObject> attachments(long number, String token) {
    return ticketing.get(number, token).getJsonArray("attachments").getValuesAs(JsonObject.class);
  }

  private static String files(long number) {
    return TICKETS + "/" + number + "/attachments";
  }
}
