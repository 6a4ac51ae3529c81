package com.collector.portal.web.installrequests.faces;

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
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the wizard's inputs hold, as text keyed by answer (bound as {@code form.text['name']}), and
 * the one conversion to and from the boundary's answers; the checks stay the boundary's.
 */
public class WizardForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One chosen source system's answers. */
  public static class PluginRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final Map<String, String> text = new HashMap<>();

    PluginRow(String id) {
      this.id = id;
    }

    public String getId() {
      return id;
    }

    public Map<String, String> getText() {
      return text;
    }
  }

  private final Map<String, String> text = new HashMap<>();
  private boolean dotNet;
  private List<String> plugins = new ArrayList<>();
  private List<PluginRow> rows = new ArrayList<>();
  private LocalDate date1;
  private LocalDate date2;
  private LocalDate date3;
  // What the API may answer but the wizard has no inputs for, kept so a resumed draft keeps it.
  private List<LocalDate> laterDates = List.of();

  public WizardForm() {
    text.put("customerMode", "existing");
    text.put("frequency", "DAILY");
    text.put("time", "02:00");
    text.put("timeZone", "Europe/Brussels");
    text.put("exportKind", "folder");
    text.put("mode", "REMOTE");
  }

  public boolean isNewCustomer() {
    return "new".equals(text.get("customerMode"));
  }

  /** Keeps one row per chosen plugin, in the order chosen, with what was typed already. */
  public void pluginsChosen() {
    List<PluginRow> kept = new ArrayList<>();
    for (String id : plugins) {
      kept.add(rows.stream().filter(r -> r.id.equals(id)).findFirst().orElse(new PluginRow(id)));
    }
    rows = kept;
  }

  public RequestAnswers answers() {
    Long plan = number("planId");
    return new RequestAnswers(
        customer(),
        environment(),
        extraction(),
        plan == null ? null : new SubscriptionStep(plan),
        new SchedulingStep(
            Stream.concat(Stream.of(date1, date2, date3), laterDates.stream())
                .filter(Objects::nonNull)
                .toList(),
            value("mode"),
            new Contact(value("apptName"), value("apptEmail"), value("apptPhone"))));
  }

  private CustomerStep customer() {
    if (isNewCustomer()) {
      return new CustomerStep(
          null,
          value("name"),
          value("vatNumber"),
          new Address(value("street"), value("postalCode"), value("city"), value("country")),
          new Contact(value("contactName"), value("contactEmail"), value("contactPhone")),
          number("partnerId"));
    }
    return number("customerId") == null
        ? null
        : new CustomerStep(number("customerId"), null, null, null, null, number("partnerId"));
  }

  private EnvironmentStep environment() {
    List<PluginAnswers> chosen =
        rows.stream()
            .map(
                r ->
                    new PluginAnswers(
                        r.id,
                        blank(r.text.get("version")),
                        blank(r.text.get("databaseServer")),
                        blank(r.text.get("database")),
                        list(r.text.get("companyCodes"))))
            .toList();
    return new EnvironmentStep(
        value("machineName"),
        value("windowsVersion"),
        dotNet,
        chosen,
        value("proxyUrl") == null
            ? null
            : new Proxy(value("proxyUrl"), value("proxyUsername"), list(text.get("proxyBypass"))));
  }

  private ExtractionStep extraction() {
    Long dayOfMonth = number("dayOfMonth");
    return new ExtractionStep(
        list(text.get("datasets")),
        value("fromPeriod"),
        new Schedule(
            value("frequency"),
            value("time"),
            "WEEKLY".equals(value("frequency")) ? value("dayOfWeek") : null,
            "MONTHLY".equals(value("frequency")) && dayOfMonth != null
                ? dayOfMonth.intValue()
                : null,
            value("timeZone")),
        new Export(value("exportKind"), value("exportLocation")));
  }

  /** Fills the inputs from saved answers (a draft resumed). */
  public void fill(RequestAnswers a) {
    if (a.customer() != null) {
      CustomerStep c = a.customer();
      text.put("customerMode", c.isExisting() ? "existing" : "new");
      put("customerId", c.id() == null ? null : c.id().toString());
      put("partnerId", c.partnerId() == null ? null : c.partnerId().toString());
      put("name", c.name());
      put("vatNumber", c.vatNumber());
      if (c.address() != null) {
        put("street", c.address().street());
        put("postalCode", c.address().postalCode());
        put("city", c.address().city());
        put("country", c.address().country());
      }
      if (c.contact() != null) {
        put("contactName", c.contact().name());
        put("contactEmail", c.contact().email());
        put("contactPhone", c.contact().phone());
      }
    }
    new WizardFill(this).rest(a);
  }

  void put(String key, String value) {
    if (value != null) {
      text.put(key, value);
    }
  }

  private String value(String key) {
    return blank(text.get(key));
  }

  private Long number(String key) {
    String value = value(key);
    try {
      return value == null ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public Map<String, String> getText() {
    return text;
  }

  void setLaterDates(List<LocalDate> laterDates) {
    this.laterDates = List.copyOf(laterDates);
  }

  public boolean isDotNet() {
    return dotNet;
  }

  public void setDotNet(boolean dotNet) {
    this.dotNet = dotNet;
  }

  public List<String> getPlugins() {
    return plugins;
  }

  public void setPlugins(List<String> plugins) {
    this.plugins = plugins == null ? new ArrayList<>() : new ArrayList<>(plugins);
  }

  public List<PluginRow> getRows() {
    return rows;
  }

  void setRows(List<PluginRow> rows) {
    this.rows = rows;
  }

  public LocalDate getDate1() {
    return date1;
  }

  public void setDate1(LocalDate date1) {
    this.date1 = date1;
  }

  public LocalDate getDate2() {
    return date2;
  }

  public void setDate2(LocalDate date2) {
    this.date2 = date2;
  }

  public LocalDate getDate3() {
    return date3;
  }

  public void setDate3(LocalDate date3) {
    this.date3 = date3;
  }
}
