package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/** Installation requests for end-to-end tests: a plan with plugins, answers, calls. */
final class Requesting {

  static final String REQUESTS = "/api/v1/installation-requests";

  private final Api api;
  private final Tenants tenants;

  Requesting(Tenants tenants) {
    this.api = tenants.api();
    this.tenants = tenants;
  }

  /** A plan allowing sql-server and exact-online; answers its id. */
  long plan() {
    Api.Reply plan =
        api.post(
            "/api/v1/plans",
            ("{\"code\":%s,\"nameEn\":\"Pro\",\"nameFr\":\"Pro\",\"nameNl\":\"Pro\",\"terms\":"
                    + "{\"term\":\"MONTHLY\",\"scheduledExtractions\":true,"
                    + "\"allowedPlugins\":[\"sql-server\",\"exact-online\"]}}")
                .formatted(Api.quote(Tenants.unique("req").toLowerCase())),
            tenants.vendorAdmin());
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    return plan.json().getJsonNumber("id").longValue();
  }

  /** Complete answers for a new customer named {@code name}, ordering {@code plan}. */
  static String newCustomer(String name, String vat, String pluginId, long plan) {
    return Configuring.json(
        ("{'customer':{'name':'%s','vatNumber':'%s','address':{'street':'Grote Markt 1',"
                + "'postalCode':'1000','city':'Brussel','country':'BE'},"
                + "'contact':{'name':'An','email':'an@shop.example'}},"
                + environment(pluginId)
                + ","
                + rest()
                + ",'subscription':{'planId':%d}}")
            .formatted(name, vat, plan));
  }

  static String environment(String pluginId) {
    return ("'environment':{'machineName':'DESK-01','windowsVersion':'SERVER_2022',"
            + "'dotNetInstalled':true,'plugins':[{'id':'%s','version':'2019',"
            + "'databaseServer':'SQL01','database':'erp','companyCodes':['001']}]}")
        .formatted(pluginId);
  }

  static String rest() {
    return ("'extraction':{'datasets':['ledger'],'schedule':{'frequency':'DAILY','time':'02:30',"
            + "'timeZone':'Europe/Brussels'},'export':{'kind':'folder','location':'D:\\\\exports'}},"
            + "'scheduling':{'preferredDates':['%s'],'mode':'REMOTE',"
            + "'contact':{'name':'Piet','phone':'+32 470 00 00 00'}}")
        .formatted(LocalDate.now().plusDays(10));
  }

  Api.Reply submit(String answers, String token) {
    return api.post(REQUESTS, answers, token);
  }

  JsonObject submitted(String answers, String token) {
    Api.Reply reply = submit(answers, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  JsonObject get(long id, String token) {
    Api.Reply reply = api.get(REQUESTS + "/" + id, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  Api.Reply move(long id, String move, String body, String token) {
    return api.post(REQUESTS + "/" + id + "/" + move, body, token);
  }

  JsonObject moved(long id, String move, String body, String token) {
    Api.Reply reply = move(id, move, body, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  static long id(JsonObject detail) {
    return detail.getJsonObject("request").getJsonNumber("id").longValue();
  }

  static String state(JsonObject detail) {
    return detail.getJsonObject("request").getString("state");
  }
}
