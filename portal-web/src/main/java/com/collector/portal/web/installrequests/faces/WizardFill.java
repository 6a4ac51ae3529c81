package com.collector.portal.web.installrequests.faces;

import com.collector.portal.installrequests.entity.RequestAnswers;
import com.collector.portal.installrequests.entity.RequestAnswers.PluginAnswers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fills the wizard's inputs of steps 2 to 5 from saved answers. */
final class WizardFill {

  private final WizardForm form;

  WizardFill(WizardForm form) {
    this.form = form;
  }

  void rest(RequestAnswers a) {
    environment(a);
    extraction(a);
    if (a.subscription() != null && a.subscription().planId() != null) {
      form.put("planId", a.subscription().planId().toString());
    }
    scheduling(a);
  }

  private void environment(RequestAnswers a) {
    if (a.environment() != null) {
      form.put("machineName", a.environment().machineName());
      form.put("windowsVersion", a.environment().windowsVersion());
      form.setDotNet(Boolean.TRUE.equals(a.environment().dotNetInstalled()));
      if (a.environment().proxy() != null) {
        form.put("proxyUrl", a.environment().proxy().url());
        form.put("proxyUsername", a.environment().proxy().username());
        List<String> bypass = a.environment().proxy().bypass();
        form.put("proxyBypass", bypass == null ? null : String.join(", ", bypass));
      }
      List<WizardForm.PluginRow> rows = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (PluginAnswers p :
          a.environment().plugins() == null
              ? List.<PluginAnswers>of()
              : a.environment().plugins()) {
        WizardForm.PluginRow row = new WizardForm.PluginRow(p.id());
        putRow(row, "version", p.version());
        putRow(row, "databaseServer", p.databaseServer());
        putRow(row, "database", p.database());
        putRow(
            row,
            "companyCodes",
            p.companyCodes() == null ? null : String.join(", ", p.companyCodes()));
        rows.add(row);
        ids.add(p.id());
      }
      form.setPlugins(ids);
      form.setRows(rows);
    }
  }

  private void extraction(RequestAnswers a) {
    if (a.extraction() != null) {
      var x = a.extraction();
      form.put("datasets", x.datasets() == null ? null : String.join(", ", x.datasets()));
      form.put("fromPeriod", x.fromPeriod());
      if (x.schedule() != null) {
        form.put("frequency", x.schedule().frequency());
        form.put("time", x.schedule().time());
        form.put("dayOfWeek", x.schedule().dayOfWeek());
        form.put(
            "dayOfMonth",
            x.schedule().dayOfMonth() == null ? null : x.schedule().dayOfMonth().toString());
        form.put("timeZone", x.schedule().timeZone());
      }
      if (x.export() != null) {
        form.put("exportKind", x.export().kind());
        form.put("exportLocation", x.export().location());
      }
    }
  }

  private void scheduling(RequestAnswers a) {
    if (a.scheduling() != null) {
      List<LocalDate> dates =
          a.scheduling().preferredDates() == null ? List.of() : a.scheduling().preferredDates();
      form.setDate1(dates.size() > 0 ? dates.get(0) : null);
      form.setDate2(dates.size() > 1 ? dates.get(1) : null);
      form.setDate3(dates.size() > 2 ? dates.get(2) : null);
      form.setLaterDates(dates.size() > 3 ? dates.subList(3, dates.size()) : List.of());
      form.put("mode", a.scheduling().mode());
      if (a.scheduling().contact() != null) {
        form.put("apptName", a.scheduling().contact().name());
        form.put("apptEmail", a.scheduling().contact().email());
        form.put("apptPhone", a.scheduling().contact().phone());
      }
    }
  }

  private static void putRow(WizardForm.PluginRow row, String key, String value) {
    if (value != null) {
      row.getText().put(key, value);
    }
  }
}
