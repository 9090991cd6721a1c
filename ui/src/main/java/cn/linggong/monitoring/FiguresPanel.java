package cn.linggong.monitoring;

import cn.linggong.shared.report.Charts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A report's figures on screen: the main figures against the month before and a year before, the
 * job categories and industries with their 求人倍率 and pay, a chart, and the markets (each with a
 * button to enter what it reported, for a person who may).
 */
class FiguresPanel extends VerticalLayout {

  private static final int CHART_WIDTH = 900;
  private static final int CHART_HEIGHT = 360;

  /** A main figure's row. */
  record Metric(String key, Number current, Number previous, Number lastYear) {}

  FiguresPanel(
      Figures f,
      Map<String, String> categoryNames,
      Map<String, String> industryNames,
      Consumer<Figures.MarketRow> enter) {
    setPadding(false);
    setId("monitoring-figures");
    Grid<Metric> metrics = new Grid<>();
    metrics.setId("monitoring-metrics");
    metrics
        .addColumn(m -> getTranslation("monitoring.metric." + m.key()))
        .setHeader(getTranslation("monitoring.column.metric"))
        .setAutoWidth(true);
    metrics
        .addColumn(m -> show(m.current()))
        .setHeader(getTranslation("monitoring.column.current"))
        .setKey("current");
    metrics
        .addColumn(m -> show(m.previous()))
        .setHeader(getTranslation("monitoring.column.previousMonth"));
    metrics
        .addColumn(m -> ReportFiles.change(m.current(), m.previous()))
        .setHeader(getTranslation("monitoring.column.monthOnMonth"));
    metrics
        .addColumn(m -> show(m.lastYear()))
        .setHeader(getTranslation("monitoring.column.lastYear"));
    metrics
        .addColumn(m -> ReportFiles.change(m.current(), m.lastYear()))
        .setHeader(getTranslation("monitoring.column.yearOnYear"));
    metrics.setItems(
        ReportFiles.METRICS.stream()
            .map(
                e ->
                    new Metric(
                        e.getKey(),
                        e.getValue().apply(f.totals()),
                        value(f.previousMonth(), e.getValue()),
                        value(f.lastYear(), e.getValue())))
            .toList());
    metrics.setAllRowsVisible(true);

    List<Figures.CategoryRow> sought =
        f.categories().stream().filter(c -> c.seekers() > 0 || c.positions() > 0).toList();
    Grid<Figures.CategoryRow> categories = new Grid<>();
    categories.setId("monitoring-categories");
    categories.setEmptyStateText(getTranslation("monitoring.noCategories"));
    categories
        .addColumn(c -> categoryNames.getOrDefault(c.code(), c.code()))
        .setHeader(getTranslation("monitoring.column.category"))
        .setAutoWidth(true);
    categories
        .addColumn(
            c ->
                c.industryCode() == null
                    ? "—"
                    : industryNames.getOrDefault(c.industryCode(), c.industryCode()))
        .setHeader(getTranslation("monitoring.column.industry"))
        .setAutoWidth(true);
    categories
        .addColumn(Figures.CategoryRow::seekers)
        .setHeader(getTranslation("monitoring.column.seekers"));
    categories
        .addColumn(Figures.CategoryRow::positions)
        .setHeader(getTranslation("monitoring.column.positions"));
    categories
        .addColumn(c -> show(c.ratio()))
        .setHeader(getTranslation("monitoring.column.ratio"))
        .setKey("ratio");
    categories
        .addColumn(c -> show(c.avgDailyPay()))
        .setHeader(getTranslation("monitoring.column.avgDailyPay"));
    categories.setItems(sought);
    categories.setAllRowsVisible(true);

    Grid<Figures.IndustryRow> industries = new Grid<>();
    industries.setId("monitoring-industries");
    industries
        .addColumn(i -> industryNames.getOrDefault(i.code(), i.code()))
        .setHeader(getTranslation("monitoring.column.industry"))
        .setAutoWidth(true);
    industries
        .addColumn(Figures.IndustryRow::seekers)
        .setHeader(getTranslation("monitoring.column.seekers"));
    industries
        .addColumn(Figures.IndustryRow::positions)
        .setHeader(getTranslation("monitoring.column.positions"));
    industries.addColumn(i -> show(i.ratio())).setHeader(getTranslation("monitoring.column.ratio"));
    industries.setItems(f.industries());
    industries.setAllRowsVisible(true);

    add(new H3(getTranslation("monitoring.sheet.totals")), metrics);
    add(new H3(getTranslation("monitoring.sheet.categories")), categories);
    if (!sought.isEmpty()) {
      add(chart(sought, categoryNames));
    }
    add(new H3(getTranslation("monitoring.sheet.industries")), industries);
    if (f.districtId() != null) {
      add(new H3(getTranslation("monitoring.sheet.markets")), markets(f, enter));
    }
  }

  private Component markets(Figures f, Consumer<Figures.MarketRow> enter) {
    Grid<Figures.MarketRow> grid = new Grid<>();
    grid.setId("monitoring-markets");
    grid.setEmptyStateText(getTranslation("monitoring.noMarkets"));
    grid.addColumn(Figures.MarketRow::name)
        .setHeader(getTranslation("monitoring.column.market"))
        .setAutoWidth(true);
    grid.addColumn(
            m ->
                getTranslation(m.reported() ? "monitoring.reported.yes" : "monitoring.reported.no"))
        .setHeader(getTranslation("monitoring.column.reported"));
    grid.addColumn(Figures.MarketRow::seekersServed)
        .setHeader(getTranslation("monitoring.column.seekersServed"));
    grid.addColumn(m -> show(m.dailyHires()))
        .setHeader(getTranslation("monitoring.column.dailyHires"));
    grid.addColumn(Figures.MarketRow::positions)
        .setHeader(getTranslation("monitoring.column.positions"));
    grid.addColumn(m -> m.ledgerEntries().values().stream().mapToLong(Long::longValue).sum())
        .setHeader(getTranslation("monitoring.column.ledgers"));
    if (enter != null) {
      grid.addColumn(
              new ComponentRenderer<>(
                  m -> {
                    Button b = new Button(getTranslation("monitoring.enter"), e -> enter.accept(m));
                    b.setId("monitoring-enter-" + m.marketId());
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return b;
                  }))
          .setKey("enter")
          .setAutoWidth(true)
          .setFlexGrow(0);
    }
    grid.setItems(f.markets());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Image chart(List<Figures.CategoryRow> sought, Map<String, String> names) {
    byte[] png =
        Charts.bars(
            getTranslation("monitoring.chart.categories"),
            getTranslation("monitoring.chart.people"),
            sought.stream().map(c -> names.getOrDefault(c.code(), c.code())).toList(),
            List.of(
                new Charts.Series(
                    getTranslation("monitoring.column.seekers"),
                    sought.stream().map(Figures.CategoryRow::seekers).toList()),
                new Charts.Series(
                    getTranslation("monitoring.column.positions"),
                    sought.stream().map(Figures.CategoryRow::positions).toList())),
            CHART_WIDTH,
            CHART_HEIGHT);
    Image image =
        new Image(
            "data:image/png;base64," + Base64.getEncoder().encodeToString(png),
            getTranslation("monitoring.chart.categories"));
    image.setId("monitoring-chart");
    image.setMaxWidth("100%");
    return image;
  }

  private static Number value(Figures.Totals t, Function<Figures.Totals, Number> metric) {
    return t == null ? null : metric.apply(t);
  }

  static String show(Number n) {
    if (n == null) {
      return "—";
    }
    return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
  }
}
