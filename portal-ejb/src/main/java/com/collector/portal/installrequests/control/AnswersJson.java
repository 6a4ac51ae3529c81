package com.collector.portal.installrequests.control;

import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.Address;
import com.collector.portal.installrequests.entity.RequestAnswers.Contact;
import com.collector.portal.installrequests.entity.RequestAnswers.CustomerStep;
import com.collector.portal.installrequests.entity.RequestAnswers.EnvironmentStep;
import com.collector.portal.installrequests.entity.RequestAnswers.Export;
import com.collector.portal.installrequests.entity.RequestAnswers.ExtractionStep;
import com.collector.portal.installrequests.entity.RequestAnswers.PluginAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.Proxy;
import com.collector.portal.installrequests.entity.RequestAnswers.Schedule;
import com.collector.portal.installrequests.entity.RequestAnswers.SchedulingStep;
import com.collector.portal.installrequests.entity.RequestAnswers.SubscriptionStep;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * The answers as JSON, both ways: the API's body and the request's stored form. Reading names the
 * path of every value of the wrong type ({@code environment.plugins[0].id}), so a client learns
 * exactly which answer to fix; unknown members are refused the same way.
 */
public final class AnswersJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private AnswersJson() {}

  /** The answers in {@code document}; 400 naming each malformed value. */
  public static RequestAnswers read(JsonObject document) {
    JsonFields in = new JsonFields(document == null ? JsonValue.EMPTY_JSON_OBJECT : document, "");
    RequestAnswers answers =
        new RequestAnswers(
            in.object("customer", AnswersJson::customer),
            in.object("environment", AnswersJson::environment),
            in.object("extraction", AnswersJson::extraction),
            in.object("subscription", s -> new SubscriptionStep(s.id("planId"))),
            in.object("scheduling", AnswersJson::scheduling));
    in.only("customer", "environment", "extraction", "subscription", "scheduling");
    List<FieldError> errors = in.errors();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return answers;
  }

  private static CustomerStep customer(JsonFields c) {
    CustomerStep step =
        new CustomerStep(
            c.id("id"),
            c.text("name"),
            c.text("vatNumber"),
            c.object(
                "address",
                a -> {
                  Address address =
                      new Address(
                          a.text("street"),
                          a.text("postalCode"),
                          a.text("city"),
                          a.text("country"));
                  a.only("street", "postalCode", "city", "country");
                  return address;
                }),
            c.object("contact", AnswersJson::contact),
            c.id("partnerId"));
    c.only("id", "name", "vatNumber", "address", "contact", "partnerId");
    return step;
  }

  private static Contact contact(JsonFields c) {
    Contact contact = new Contact(c.text("name"), c.text("email"), c.text("phone"));
    c.only("name", "email", "phone");
    return contact;
  }

  private static EnvironmentStep environment(JsonFields e) {
    EnvironmentStep step =
        new EnvironmentStep(
            e.text("machineName"),
            e.text("windowsVersion"),
            e.bool("dotNetInstalled"),
            e.objects(
                "plugins",
                q -> {
                  PluginAnswers plugin =
                      new PluginAnswers(
                          q.text("id"),
                          q.text("version"),
                          q.text("databaseServer"),
                          q.text("database"),
                          q.texts("companyCodes"));
                  q.only("id", "version", "databaseServer", "database", "companyCodes");
                  return plugin;
                }),
            e.object(
                "proxy",
                p -> {
                  Proxy proxy = new Proxy(p.text("url"), p.text("username"), p.texts("bypass"));
                  p.only("url", "username", "bypass");
                  return proxy;
                }));
    e.only("machineName", "windowsVersion", "dotNetInstalled", "plugins", "proxy");
    return step;
  }

  private static ExtractionStep extraction(JsonFields x) {
    ExtractionStep step =
        new ExtractionStep(
            x.texts("datasets"),
            x.text("fromPeriod"),
            x.object(
                "schedule",
                s -> {
                  Schedule schedule =
                      new Schedule(
                          s.text("frequency"),
                          s.text("time"),
                          s.text("dayOfWeek"),
                          s.integer("dayOfMonth"),
                          s.text("timeZone"));
                  s.only("frequency", "time", "dayOfWeek", "dayOfMonth", "timeZone");
                  return schedule;
                }),
            x.object(
                "export",
                s -> {
                  Export export = new Export(s.text("kind"), s.text("location"));
                  s.only("kind", "location");
                  return export;
                }));
    x.only("datasets", "fromPeriod", "schedule", "export");
    return step;
  }

  private static SchedulingStep scheduling(JsonFields s) {
    SchedulingStep step =
        new SchedulingStep(
            s.dates("preferredDates"), s.text("mode"), s.object("contact", AnswersJson::contact));
    s.only("preferredDates", "mode", "contact");
    return step;
  }

  /** The answers as JSON, leaving out what is missing. */
  public static JsonObject write(RequestAnswers answers) {
    JsonObjectBuilder out = JSON.createObjectBuilder();
    CustomerStep c = answers.customer();
    if (c != null) {
      JsonObjectBuilder customer = JSON.createObjectBuilder();
      put(customer, "id", c.id());
      put(customer, "partnerId", c.partnerId());
      put(customer, "name", c.name());
      put(customer, "vatNumber", c.vatNumber());
      if (c.address() != null) {
        Address a = c.address();
        customer.add(
            "address",
            object(
                "street",
                a.street(),
                "postalCode",
                a.postalCode(),
                "city",
                a.city(),
                "country",
                a.country()));
      }
      if (c.contact() != null) {
        customer.add("contact", contact(c.contact()));
      }
      out.add("customer", customer);
    }
    if (answers.environment() != null) {
      out.add("environment", environment(answers.environment()));
    }
    if (answers.extraction() != null) {
      out.add("extraction", extraction(answers.extraction()));
    }
    if (answers.subscription() != null) {
      JsonObjectBuilder subscription = JSON.createObjectBuilder();
      put(subscription, "planId", answers.subscription().planId());
      out.add("subscription", subscription);
    }
    SchedulingStep s = answers.scheduling();
    if (s != null) {
      JsonObjectBuilder scheduling = JSON.createObjectBuilder();
      if (s.preferredDates() != null) {
        JsonArrayBuilder dates = JSON.createArrayBuilder();
        s.preferredDates().forEach(d -> dates.add(d == null ? null : d.toString()));
        scheduling.add("preferredDates", dates);
      }
      put(scheduling, "mode", s.mode());
      if (s.contact() != null) {
        scheduling.add("contact", contact(s.contact()));
      }
      out.add("scheduling", scheduling);
    }
    return out.build();
  }

  private static JsonObject environment(EnvironmentStep e) {
    JsonObjectBuilder environment = JSON.createObjectBuilder();
    put(environment, "machineName", e.machineName());
    put(environment, "windowsVersion", e.windowsVersion());
    if (e.dotNetInstalled() != null) {
      environment.add("dotNetInstalled", e.dotNetInstalled());
    }
    if (e.plugins() != null) {
      JsonArrayBuilder plugins = JSON.createArrayBuilder();
      for (PluginAnswers p : e.plugins()) {
        JsonObjectBuilder plugin =
            JSON.createObjectBuilder(
                object(
                    "id",
                    p.id(),
                    "version",
                    p.version(),
                    "databaseServer",
                    p.databaseServer(),
                    "database",
                    p.database()));
        putTexts(plugin, "companyCodes", p.companyCodes());
        plugins.add(plugin);
      }
      environment.add("plugins", plugins);
    }
    if (e.proxy() != null) {
      JsonObjectBuilder proxy =
          JSON.createObjectBuilder(
              object("url", e.proxy().url(), "username", e.proxy().username()));
      putTexts(proxy, "bypass", e.proxy().bypass());
      environment.add("proxy", proxy);
    }
    return environment.build();
  }

  private static JsonObject extraction(ExtractionStep x) {
    JsonObjectBuilder extraction = JSON.createObjectBuilder();
    putTexts(extraction, "datasets", x.datasets());
    put(extraction, "fromPeriod", x.fromPeriod());
    if (x.schedule() != null) {
      Schedule s = x.schedule();
      JsonObjectBuilder schedule =
          JSON.createObjectBuilder(
              object(
                  "frequency",
                  s.frequency(),
                  "time",
                  s.time(),
                  "dayOfWeek",
                  s.dayOfWeek(),
                  "timeZone",
                  s.timeZone()));
      if (s.dayOfMonth() != null) {
        schedule.add("dayOfMonth", s.dayOfMonth());
      }
      extraction.add("schedule", schedule);
    }
    if (x.export() != null) {
      extraction.add(
          "export", object("kind", x.export().kind(), "location", x.export().location()));
    }
    return extraction.build();
  }

  private static JsonObject contact(Contact c) {
    return object("name", c.name(), "email", c.email(), "phone", c.phone());
  }

  /** An object of the given name/value pairs, leaving out null values. */
  private static JsonObject object(String... pairs) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      put(object, pairs[i], pairs[i + 1]);
    }
    return object.build();
  }

  private static void put(JsonObjectBuilder object, String name, String value) {
    if (value != null) {
      object.add(name, value);
    }
  }

  private static void put(JsonObjectBuilder object, String name, Long value) {
    if (value != null) {
      object.add(name, value);
    }
  }

  private static void putTexts(JsonObjectBuilder object, String name, List<String> values) {
    if (values != null) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      values.forEach(v -> array.add(v == null ? JsonValue.NULL : JSON.createValue(v)));
      object.add(name, array);
    }
  }
}
