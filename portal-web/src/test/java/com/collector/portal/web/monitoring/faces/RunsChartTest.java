package com.collector.portal.web.monitoring.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.monitoring.control.DayBuckets.RunDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.primefaces.model.charts.ChartDataSet;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;

class RunsChartTest {

  private static final List<RunDay> DAYS =
      List.of(
          new RunDay(LocalDate.of(2026, 12, 6), 3, 1, 0),
          new RunDay(LocalDate.of(2026, 12, 7), 0, 0, 2));

  @Test
  void oneStackedBarADayWithAColouredPartPerResult() {
    BarChartModel cut =
        RunsChart.of(
            DAYS, new RunsChart.Labels("Réussies", "Échouées", "Partielles"), Locale.FRENCH);

    assertThat(cut.getData().getLabels()).isEqualTo(List.of("6 déc.", "7 déc."));
    List<ChartDataSet> sets = cut.getData().getDataSet();
    assertThat(sets)
        .extracting(s -> ((BarChartDataSet) s).getLabel())
        .containsExactly("Réussies", "Échouées", "Partielles");
    assertThat(sets)
        .extracting(s -> ((BarChartDataSet) s).getData())
        .containsExactly(List.of(3L, 0L), List.of(1L, 0L), List.of(0L, 2L));
    assertThat(sets)
        .allSatisfy(s -> assertThat(((BarChartDataSet) s).getStack()).isEqualTo("runs"));
    assertThat(cut.getOptions().getScales().getYAxes().get(0).isStacked()).isTrue();
    assertThat(cut.getOptions().getScales().getXAxes().get(0).isStacked()).isTrue();
  }

  @Test
  void labelsFollowThePagesLanguageAndTheTypeIsABarChart() {
    BarChartModel cut = RunsChart.of(DAYS, new RunsChart.Labels("S", "F", "P"), Locale.ENGLISH);

    assertThat(cut.getType()).isEqualTo("bar");
    assertThat(cut.getData().getLabels()).isEqualTo(List.of("6 Dec", "7 Dec"));
  }
}
