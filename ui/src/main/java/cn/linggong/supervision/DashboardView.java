package cn.linggong.supervision;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.inbox.InboxLink;
import cn.linggong.shared.cases.StageCount;
import cn.linggong.shared.report.Charts;
import cn.linggong.shared.ui.DateField;
import cn.linggong.shared.ui.Downloads;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.ui.ProcessTexts;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.sla.TimeLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The supervisor's dashboard: open, due-soon, overdue and escalated work by process, step, district
 * and person, each figure a link into the inbox filtered on it; step times against their limits
 * over a chosen period; caseloads; the certification and subsidy pipelines; the overdue trend. The
 * same figures download as a workbook. A district supervisor sees the own district, the city all
 * districts or the one chosen.
 */
@Route("dashboard")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.dashboard", order = 0.5, icon = "vaadin:dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int CHART_WIDTH = 560;
  private static final int CHART_HEIGHT = 300;
  private static final double HOURS_PER_DAY = 24.0;
  private static final double MS_PER_HOUR = 3_600_000.0;
  private static final int PERCENT = 100;

  private final transient Dashboards dashboards;
  private final transient DashboardExport export;
  private final transient TimeLimits timeLimits;
  private final transient UserNames names;
  private final LinggongUser user;
  private final Map<String, String> districtNames;
  private final Select<String> district = new Select<>();
  private final DateField from;
  private final DateField to;
  private final Div content = new Div();
  private final AbsencePanel absences;
  private transient Dashboard shown;

  public DashboardView(
      Dashboards dashboards,
      DashboardExport export,
      TimeLimits timeLimits,
      CurrentUser currentUser,
      Districts districts,
      UserNames names,
      cn.linggong.inbox.Absences absenceService) {
    this.dashboards = dashboards;
    this.export = export;
    this.timeLimits = timeLimits;
    this.names = names;
    this.user = currentUser.require();
    setId("dashboard-view");
    districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    from = new DateField(getTranslation("dashboard.from"));
    from.setId("dashboard-from");
    to = new DateField(getTranslation("dashboard.to"));
    to.setId("dashboard-to");
    HorizontalLayout tools = new HorizontalLayout();
    tools.setAlignItems(FlexComponent.Alignment.BASELINE);
    tools.getStyle().set("flex-wrap", "wrap");
    if (user.cityLevel()) {
      district.setId("dashboard-district");
      district.setLabel(getTranslation("dashboard.column.district"));
      district.setItems(
          Stream.concat(Stream.of(""), districtNames.keySet().stream().sorted()).toList());
      district.setItemLabelGenerator(
          id -> id.isEmpty() ? getTranslation("dashboard.allDistricts") : districtNames.get(id));
      district.setValue("");
      district.addValueChangeListener(e -> load());
      tools.add(district);
    }
    from.addValueChangeListener(e -> load());
    to.addValueChangeListener(e -> load());
    Anchor download =
        Downloads.link(
            "dashboard-xlsx",
            getTranslation("dashboard.download"),
            "xlsx",
            () ->
                new Downloads.File(
                    "dashboard-" + shown.to() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    export.xlsx(shown, getLocale())));
    tools.add(from, to, download);
    content.setWidthFull();
    absences = new AbsencePanel(absenceService, names, user, this::load);
    add(new H2(getTranslation("nav.dashboard")), tools, content, absences);
    load();
  }

  private void load() {
    try {
      shown =
          dashboards.dashboard(
              user, user.cityLevel() ? district.getValue() : null, from.getValue(), to.getValue());
    } catch (InvalidInputException invalid) {
      FieldErrors.show(this, invalid, Map.of("from", from, "to", to));
      return;
    }
    from.setInvalid(false);
    to.setInvalid(false);
    content.removeAll();
    Dashboard d = shown;
    String where =
        d.districtId() == null
            ? getTranslation("dashboard.allDistricts")
            : districtNames.getOrDefault(d.districtId(), d.districtId());
    content.add(
        new Paragraph(
            getTranslation(
                "dashboard.scope", where, TIME.format(d.asOf().atZone(timeLimits.zone())))));
    content.add(totals(d));
    content.add(charts(d));
    content.add(new H3(getTranslation("dashboard.sheet.byProcess")));
    content.add(workGrid("dashboard-by-process", d.byProcess(), Dimension.PROCESS));
    content.add(new H3(getTranslation("dashboard.sheet.byStep")));
    content.add(workGrid("dashboard-by-step", d.byStep(), Dimension.STEP));
    if (user.cityLevel() && d.districtId() == null) {
      content.add(new H3(getTranslation("dashboard.sheet.byDistrict")));
      content.add(workGrid("dashboard-by-district", d.byDistrict(), Dimension.DISTRICT));
    }
    content.add(new H3(getTranslation("dashboard.sheet.byPerson")));
    content.add(workGrid("dashboard-by-person", d.byPerson(), Dimension.PERSON));
    content.add(
        new H3(getTranslation("dashboard.stepTimes", d.from().toString(), d.to().toString())));
    content.add(stepTimes(d));
    content.add(new H3(getTranslation("dashboard.sheet.caseloads")));
    content.add(caseloads(d));
    HorizontalLayout pipelines =
        new HorizontalLayout(
            pipeline(
                "dashboard-certification",
                "dashboard.sheet.certification",
                "certification.stage.",
                d.certificationPipeline()),
            pipeline(
                "dashboard-subsidy",
                "dashboard.sheet.subsidy",
                "subsidy.stage.",
                d.subsidyPipeline()));
    pipelines.getStyle().set("flex-wrap", "wrap");
    content.add(pipelines);
  }

  /** The four figures of the whole scope, each opening the inbox on it. */
  private Component totals(Dashboard d) {
    Dashboard.Work t = d.total();
    HorizontalLayout strip = new HorizontalLayout();
    strip.setId("dashboard-totals");
    strip.getStyle().set("flex-wrap", "wrap");
    for (Figure f : Figure.values()) {
      long value = f.count.applyAsLong(t);
      Anchor figure = new Anchor(f.link().district(d.districtId()).href());
      figure.setId("dashboard-total-" + f.key);
      figure.add(new Span(getTranslation("dashboard.column." + f.key)));
      Span number = new Span(Long.toString(value));
      number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
      figure.add(new Div(number));
      figure
          .getStyle()
          .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
          .set("border", "1px solid var(--lumo-contrast-20pct)")
          .set("border-radius", "var(--lumo-border-radius-m)")
          .set("min-width", "7em");
      if (f == Figure.OVERDUE && value > 0) {
        number.getStyle().set("color", "var(--lumo-error-text-color)");
      }
      strip.add(figure);
    }
    return strip;
  }

  private Component charts(Dashboard d) {
    List<String> weeks = d.overdueTrend().stream().map(p -> p.weekStart().toString()).toList();
    byte[] trend =
        Charts.line(
            getTranslation("dashboard.chart.trend"),
            getTranslation("dashboard.chart.tasks"),
            weeks,
            List.of(
                new Charts.Series(
                    getTranslation("dashboard.column.overdue"),
                    d.overdueTrend().stream().map(Dashboard.WeekPoint::overdue).toList(),
                    Charts.OVERDUE)),
            CHART_WIDTH,
            CHART_HEIGHT);
    List<String> processes =
        d.byProcess().stream()
            .map(w -> ProcessTexts.process(this, w.processKey(), w.processName()))
            .toList();
    byte[] open =
        Charts.bars(
            getTranslation("dashboard.chart.byProcess"),
            getTranslation("dashboard.chart.tasks"),
            processes,
            List.of(
                series("open", d.byProcess(), Dashboard.Work::open, Charts.OPEN),
                series("dueSoon", d.byProcess(), Dashboard.Work::dueSoon, Charts.DUE_SOON),
                series("overdue", d.byProcess(), Dashboard.Work::overdue, Charts.OVERDUE)),
            CHART_WIDTH,
            CHART_HEIGHT);
    HorizontalLayout row =
        new HorizontalLayout(
            image("dashboard-chart-trend", trend, "dashboard.chart.trend"),
            image("dashboard-chart-process", open, "dashboard.chart.byProcess"));
    row.getStyle().set("flex-wrap", "wrap");
    return row;
  }

  private Charts.Series series(
      String key,
      List<Dashboard.Work> rows,
      ToLongFunction<Dashboard.Work> count,
      java.awt.Color color) {
    return new Charts.Series(
        getTranslation("dashboard.column." + key),
        rows.stream().map(w -> count.applyAsLong(w)).toList(),
        color);
  }

  private Image image(String id, byte[] png, String alt) {
    Image image =
        new Image(
            "data:image/png;base64," + Base64.getEncoder().encodeToString(png),
            getTranslation(alt));
    image.setId(id);
    image.setMaxWidth("100%");
    return image;
  }

  /** What a row of open work groups by, and so which filter its figures' links carry. */
  private enum Dimension {
    PROCESS,
    STEP,
    DISTRICT,
    PERSON
  }

  /** The four figures of open work, with the inbox chip (and filter) each opens. */
  private enum Figure {
    OPEN("open", "district", Dashboard.Work::open),
    DUE_SOON("dueSoon", "dueSoon", Dashboard.Work::dueSoon),
    OVERDUE("overdue", "overdue", Dashboard.Work::overdue),
    ESCALATED("escalated", "district", Dashboard.Work::escalated);

    final String key;
    final String chip;
    final ToLongFunction<Dashboard.Work> count;

    Figure(String key, String chip, ToLongFunction<Dashboard.Work> count) {
      this.key = key;
      this.chip = chip;
      this.count = count;
    }

    InboxLink link() {
      InboxLink link = InboxLink.chip(chip);
      return this == ESCALATED ? link.escalatedOnly() : link;
    }
  }

  private Grid<Dashboard.Work> workGrid(String id, List<Dashboard.Work> rows, Dimension by) {
    Grid<Dashboard.Work> grid = new Grid<>();
    grid.setId(id);
    grid.setEmptyStateText(getTranslation("dashboard.noOpenWork"));
    switch (by) {
      case PROCESS ->
          grid.addColumn(w -> ProcessTexts.process(this, w.processKey(), w.processName()))
              .setHeader(getTranslation("dashboard.column.process"))
              .setAutoWidth(true);
      case STEP -> {
        grid.addColumn(w -> ProcessTexts.process(this, w.processKey(), w.processName()))
            .setHeader(getTranslation("dashboard.column.process"))
            .setAutoWidth(true);
        grid.addColumn(w -> ProcessTexts.step(this, w.stepKey(), w.stepName()))
            .setHeader(getTranslation("dashboard.column.step"))
            .setAutoWidth(true);
      }
      case DISTRICT ->
          grid.addColumn(
                  w ->
                      w.districtId() == null
                          ? getTranslation("dashboard.cityLevel")
                          : districtNames.getOrDefault(w.districtId(), w.districtId()))
              .setHeader(getTranslation("dashboard.column.district"))
              .setAutoWidth(true);
      case PERSON ->
          grid.addColumn(
                  w ->
                      w.assignee() == null
                          ? getTranslation("dashboard.unassigned")
                          : names.of(this, w.assignee()))
              .setHeader(getTranslation("dashboard.column.person"))
              .setAutoWidth(true);
    }
    for (Figure f : Figure.values()) {
      grid.addColumn(new ComponentRenderer<>(w -> figureLink(w, by, f)))
          .setHeader(getTranslation("dashboard.column." + f.key))
          .setKey(f.key)
          .setAutoWidth(true);
    }
    grid.setItems(rows);
    grid.setAllRowsVisible(true);
    return grid;
  }

  /**
   * A row's figure as a link into the inbox filtered on the row (tasks of no district have no
   * filter of their own: their figure is shown without a link).
   */
  private Component figureLink(Dashboard.Work w, Dimension by, Figure f) {
    long value = f.count.applyAsLong(w);
    if (value == 0 || (by == Dimension.DISTRICT && w.districtId() == null)) {
      return new Span(Long.toString(value));
    }
    InboxLink link = f.link().district(shown.districtId());
    link =
        switch (by) {
          case PROCESS -> link.process(w.processKey());
          case STEP -> link.process(w.processKey()).step(w.stepKey());
          case DISTRICT -> link.district(w.districtId());
          case PERSON -> link.heldBy(w.assignee());
        };
    Anchor a = new Anchor(link.href(), Long.toString(value));
    a.getElement().setAttribute("data-figure", f.key);
    return a;
  }

  private Grid<Dashboard.StepTime> stepTimes(Dashboard d) {
    Grid<Dashboard.StepTime> grid = new Grid<>();
    grid.setId("dashboard-step-times");
    grid.setEmptyStateText(getTranslation("dashboard.noStepTimes"));
    grid.addColumn(s -> ProcessTexts.process(this, s.processKey(), s.processName()))
        .setHeader(getTranslation("dashboard.column.process"))
        .setAutoWidth(true);
    grid.addColumn(s -> ProcessTexts.step(this, s.stepKey(), s.stepName()))
        .setHeader(getTranslation("dashboard.column.step"))
        .setAutoWidth(true);
    grid.addColumn(
            s -> s.timeLimitKey() == null ? "—" : timeLimits.phrase(s.timeLimitKey(), getLocale()))
        .setHeader(getTranslation("dashboard.column.timeLimit"))
        .setAutoWidth(true);
    grid.addColumn(Dashboard.StepTime::completed)
        .setHeader(getTranslation("dashboard.column.completed"))
        .setAutoWidth(true);
    grid.addColumn(s -> duration(s.averageMs()))
        .setHeader(getTranslation("dashboard.average"))
        .setAutoWidth(true);
    grid.addColumn(s -> duration(s.p90Ms()))
        .setHeader(getTranslation("dashboard.p90"))
        .setAutoWidth(true);
    grid.addColumn(
            s ->
                getTranslation(
                    "dashboard.onTimeShare",
                    s.onTime(),
                    s.completed() == 0 ? 0 : Math.round(PERCENT * s.onTime() / s.completed())))
        .setHeader(getTranslation("dashboard.column.onTime"))
        .setAutoWidth(true);
    grid.setItems(d.stepTimes());
    grid.setAllRowsVisible(true);
    return grid;
  }

  /** Hours under a day, days (one decimal) above. */
  private String duration(long ms) {
    double hours = ms / MS_PER_HOUR;
    return hours < HOURS_PER_DAY
        ? getTranslation("dashboard.hours", String.format(getLocale(), "%.1f", hours))
        : getTranslation(
            "dashboard.days", String.format(getLocale(), "%.1f", hours / HOURS_PER_DAY));
  }

  private Grid<Dashboard.Caseload> caseloads(Dashboard d) {
    Grid<Dashboard.Caseload> grid = new Grid<>();
    grid.setId("dashboard-caseloads");
    grid.setEmptyStateText(getTranslation("dashboard.noCaseloads"));
    grid.addColumn(c -> names.of(this, c.userId()))
        .setHeader(getTranslation("dashboard.column.person"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(c -> held(c.userId(), c.open(), Figure.OPEN)))
        .setHeader(getTranslation("dashboard.column.open"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(c -> held(c.userId(), c.overdue(), Figure.OVERDUE)))
        .setHeader(getTranslation("dashboard.column.overdue"))
        .setAutoWidth(true);
    grid.addColumn(Dashboard.Caseload::completedThisMonth)
        .setHeader(getTranslation("dashboard.column.completedThisMonth"))
        .setAutoWidth(true);
    grid.addColumn(
            new ComponentRenderer<>(
                c -> {
                  Button away =
                      new Button(
                          getTranslation("absence.action"), e -> absences.openAway(c.userId()));
                  away.setId("away-" + c.userId());
                  away.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                  return away;
                }))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(d.caseloads());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Component held(String userId, long count, Figure f) {
    if (count == 0) {
      return new Span("0");
    }
    Anchor a =
        new Anchor(
            f.link().district(shown.districtId()).heldBy(userId).href(), Long.toString(count));
    a.getElement().setAttribute("data-figure", f.key);
    return a;
  }

  private Component pipeline(String id, String title, String prefix, List<StageCount> stages) {
    Grid<StageCount> grid = new Grid<>();
    grid.setId(id);
    grid.addColumn(s -> getTranslation(prefix + s.stage()))
        .setHeader(getTranslation("dashboard.column.stage"))
        .setAutoWidth(true);
    grid.addColumn(StageCount::count)
        .setHeader(getTranslation("dashboard.column.cases"))
        .setAutoWidth(true);
    grid.setItems(stages);
    grid.setAllRowsVisible(true);
    grid.setWidth("24em");
    VerticalLayout box = new VerticalLayout(new H3(getTranslation(title)), grid);
    box.setPadding(false);
    box.setWidth("auto");
    return box;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.dashboard");
  }
}
