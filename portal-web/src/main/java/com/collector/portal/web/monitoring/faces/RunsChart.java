package com.collector.portal.web.monitoring.faces;

import com.collector.portal.monitoring.control.DayBuckets.RunDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.category.CartesianCategoryAxes;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;

/** Runs per day as a Chart.js bar chart: one bar a day, stacked by result. */
public final class RunsChart {

  private RunsChart() {}

  /** The labels of the three results, in the page's language. */
  public record Labels(String success, String failure, String partial) {}

  public static BarChartModel of(List<RunDay> days, Labels labels, Locale locale) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", locale);
    ChartData data = new ChartData();
    data.addChartDataSet(dataSet(labels.success(), "#16a34a", days, RunDay::success));
    data.addChartDataSet(dataSet(labels.failure(), "#dc2626", days, RunDay::failure));
    data.addChartDataSet(dataSet(labels.partial(), "#f59e0b", days, RunDay::partial));
    data.setLabels(new ArrayList<>(days.stream().map(d -> format.format(d.day())).toList()));
    CartesianScales scales = new CartesianScales();
    CartesianCategoryAxes x = new CartesianCategoryAxes();
    x.setStacked(true);
    scales.addXAxesData(x);
    CartesianLinearAxes y = new CartesianLinearAxes();
    y.setStacked(true);
    y.setBeginAtZero(true);
    scales.addYAxesData(y);
    BarChartOptions options = new BarChartOptions();
    options.setScales(scales);
    options.setMaintainAspectRatio(false);
    return new BarChartModel(data, options);
  }

  private static BarChartDataSet dataSet(
      String label, String color, List<RunDay> days, ToLongFunction<RunDay> count) {
    BarChartDataSet set = new BarChartDataSet();
    set.setLabel(label);
    set.setBackgroundColor(color);
    set.setStack("runs");
    set.setData(new ArrayList<>(days.stream().map(d -> (Object) count.applyAsLong(d)).toList()));
    return set;
  }
}
