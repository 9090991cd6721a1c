package cn.linggong.monitoring;

import cn.linggong.employer.JobCategories;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.inbox.InboxFilter;
import cn.linggong.inbox.InboxService;
import cn.linggong.inbox.InboxTask;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.ui.Downloads;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.sla.TimeLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * 月度监测: a district's monthly report (figures, what each market reported, its versions, the sign-off
 * and corrections, the PDF and XLSX of each signed version); for the city every district's status
 * for the month and the roll-up of the signed reports.
 */
@Route("monitoring")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.REVIEWER})
@Menu(title = "nav.monitoring", order = 20, icon = "vaadin:chart")
public class MonitoringView extends VerticalLayout
    implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int MONTHS_SHOWN = 24;

  private final transient MonitoringReports reports;
  private final transient MarketReports marketReports;
  private final transient MonitoringFigures figureNames;
  private final transient MonitoringStart starts;
  private final transient InboxService inbox;
  private final transient JobCategories categories;
  private final transient TimeLimits timeLimits;
  private final transient UserNames names;
  private final LinggongUser user;
  private final Map<String, String> districtNames;
  private final Select<YearMonth> month = new Select<>();
  private final Select<String> district = new Select<>();
  private final Div content = new Div();

  public MonitoringView(
      MonitoringReports reports,
      MarketReports marketReports,
      MonitoringFigures figureNames,
      MonitoringStart starts,
      InboxService inbox,
      JobCategories categories,
      TimeLimits timeLimits,
      CurrentUser currentUser,
      Districts districts,
      UserNames names,
      java.time.Clock clock) {
    this.reports = reports;
    this.marketReports = marketReports;
    this.figureNames = figureNames;
    this.starts = starts;
    this.inbox = inbox;
    this.categories = categories;
    this.timeLimits = timeLimits;
    this.names = names;
    this.user = currentUser.require();
    setId("monitoring-view");
    districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    YearMonth now = YearMonth.now(clock);
    month.setId("monitoring-month");
    month.setLabel(getTranslation("monitoring.column.month"));
    month.setItems(IntStream.range(0, MONTHS_SHOWN).mapToObj(now::minusMonths).toList());
    month.setItemLabelGenerator(YearMonth::toString);
    month.setValue(now);
    month.addValueChangeListener(e -> load());
    HorizontalLayout tools = new HorizontalLayout(month);
    tools.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (user.cityLevel()) {
      district.setId("monitoring-district");
      district.setLabel(getTranslation("monitoring.district"));
      district.setItems(
          Stream.concat(Stream.of(""), districtNames.keySet().stream().sorted()).toList());
      district.setItemLabelGenerator(
          id -> id.isEmpty() ? getTranslation("monitoring.allDistricts") : districtNames.get(id));
      district.setValue("");
      district.addValueChangeListener(e -> load());
      tools.add(district);
    }
    content.setWidthFull();
    add(new H2(getTranslation("nav.monitoring")), tools, content);
    load();
  }

  /** {@code monitoring?month=2026-11&district=kf-gulou} (a step's side panel) opens that month. */
  @Override
  public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters();
    params
        .getSingleParameter("month")
        .flatMap(
            m -> month.getListDataView().getItems().filter(y -> y.toString().equals(m)).findFirst())
        .ifPresent(month::setValue);
    if (user.cityLevel()) {
      params
          .getSingleParameter("district")
          .filter(districtNames::containsKey)
          .ifPresent(district::setValue);
    }
  }

  private void load() {
    content.removeAll();
    if (user.cityLevel() && (district.getValue() == null || district.getValue().isEmpty())) {
      city(month.getValue());
    } else {
      district(user.cityLevel() ? district.getValue() : user.districtId(), month.getValue());
    }
  }

  // ---- the city's month ---------------------------------------------------------------------

  private void city(YearMonth m) {
    List<MonitoringReports.DistrictMonth> rows = reports.month(user, m);
    Grid<MonitoringReports.DistrictMonth> grid = new Grid<>();
    grid.setId("monitoring-status");
    grid.addColumn(r -> districtNames.getOrDefault(r.districtId(), r.districtId()))
        .setHeader(getTranslation("monitoring.district"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(r -> status(r.latest(), r.overdue())))
        .setHeader(getTranslation("monitoring.status"))
        .setAutoWidth(true);
    grid.addColumn(
            r ->
                r.latest() == null || r.latest().signedAt() == null
                    ? "—"
                    : time(r.latest().signedAt()))
        .setHeader(getTranslation("monitoring.signedAt"))
        .setAutoWidth(true);
    grid.addColumn(r -> time(r.dueAt()))
        .setHeader(getTranslation("monitoring.dueAt"))
        .setAutoWidth(true);
    grid.addColumn(
            new ComponentRenderer<>(
                r -> {
                  Button open =
                      new Button(
                          getTranslation("monitoring.open"),
                          e -> district.setValue(r.districtId()));
                  open.setId("monitoring-open-" + r.districtId());
                  open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                  return open;
                }))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(rows);
    grid.setAllRowsVisible(true);
    long signed =
        rows.stream()
            .filter(
                r -> r.latest() != null && r.latest().status() == MonitoringReport.Status.SIGNED)
            .count();
    Figures rollUp = reports.rollUp(user, m);
    HorizontalLayout downloads =
        new HorizontalLayout(
            Downloads.link(
                "monitoring-city-pdf",
                getTranslation("monitoring.download.pdf"),
                "pdf",
                () ->
                    new Downloads.File(
                        "JC-" + m + "-city.pdf", "application/pdf", reports.cityPdf(user, m))),
            Downloads.link(
                "monitoring-city-xlsx",
                getTranslation("monitoring.download.xlsx"),
                "xlsx",
                () ->
                    new Downloads.File(
                        "JC-" + m + "-city.xlsx",
                        ReportFiles.XLSX,
                        reports.rollUpXlsx(user, m, getLocale()))));
    content.add(
        new H3(getTranslation("monitoring.cityStatus", m.toString())),
        grid,
        new H3(getTranslation("monitoring.cityRollUp")),
        new Paragraph(getTranslation("monitoring.rollUpOf", signed, rows.size())));
    if (signed > 0) {
      content.add(downloads, panel(rollUp, null));
    }
  }

  // ---- a district's month -------------------------------------------------------------------

  private void district(String districtId, YearMonth m) {
    List<MonitoringReport> versions = reports.versions(user, districtId, m);
    MonitoringReport latest = versions.isEmpty() ? null : versions.get(0);
    Instant due = reports.dueAt(m);
    boolean signed = latest != null && latest.status() == MonitoringReport.Status.SIGNED;
    boolean overdue = !signed && Instant.now().isAfter(due);
    String where = districtNames.getOrDefault(districtId, districtId);
    HorizontalLayout head =
        new HorizontalLayout(
            new H3(getTranslation("monitoring.districtTitle", where, m.toString())),
            status(latest, overdue));
    head.setAlignItems(FlexComponent.Alignment.BASELINE);
    content.add(head);
    content.add(new Paragraph(explain(latest, m, due)));
    var period = figureNames.period(m);
    content.add(
        new Paragraph(
            getTranslation(
                "monitoring.periodNote", period.from().toString(), period.to().toString())));
    content.add(actions(districtId, m, latest));
    if (!versions.isEmpty()) {
      content.add(new H3(getTranslation("monitoring.versions")), versionsGrid(versions));
    }
    Figures shown =
        latest == null ? reports.current(user, districtId, m) : reports.figuresOf(latest);
    boolean mayEnter = MonitoringPolicy.ENTER.allows(user) && (latest == null || !signed);
    content.add(panel(shown, mayEnter ? market -> enter(districtId, m, market) : null));
  }

  private String explain(MonitoringReport latest, YearMonth m, Instant due) {
    if (latest == null) {
      return Instant.now().isAfter(due)
          ? getTranslation("monitoring.noReport")
          : getTranslation(
              "monitoring.notDrafted", figureNames.period(m).to().toString(), time(due));
    }
    return switch (latest.status()) {
      case DRAFT ->
          getTranslation(
              "monitoring.draftExplain", latest.version(), time(latest.draftedAt()), time(due));
      case SIGNED ->
          getTranslation(
              "monitoring.signedExplain",
              latest.version(),
              names.of(this, latest.signedBy()),
              time(latest.signedAt()));
      case SUPERSEDED -> "";
    };
  }

  private Component actions(String districtId, YearMonth m, MonitoringReport latest) {
    HorizontalLayout bar = new HorizontalLayout();
    bar.setId("monitoring-actions");
    bar.getStyle().set("flex-wrap", "wrap");
    boolean signed = latest != null && latest.status() == MonitoringReport.Status.SIGNED;
    if (MonitoringPolicy.ENTER.allows(user) && !signed) {
      Button importSheet =
          new Button(
              getTranslation("monitoring.import.open"),
              e -> new ImportDialog(marketReports, user, districtId, m, this::load).open());
      importSheet.setId("monitoring-import");
      bar.add(importSheet);
    }
    if (MonitoringPolicy.ENTER.allows(user)
        && latest != null
        && latest.status() == MonitoringReport.Status.DRAFT) {
      Button redraw =
          new Button(
              getTranslation("monitoring.redraw"),
              e -> {
                reports.redraw(user, districtId, m);
                Notification.show(getTranslation("monitoring.redrawn"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                load();
              });
      redraw.setId("monitoring-redraw");
      bar.add(redraw);
    }
    openStep(districtId, m)
        .ifPresent(
            task -> {
              Anchor step =
                  new Anchor(
                      "tasks/" + task.taskId(),
                      getTranslation(
                          "monitoring.openStep",
                          cn.linggong.shared.ui.ProcessTexts.step(
                              this, task.taskDefinitionKey(), task.taskName())));
              step.setId("monitoring-step");
              bar.add(step);
            });
    if (MonitoringPolicy.SIGN.allows(user) && latest == null) {
      Button start =
          new Button(
              getTranslation("monitoring.start"),
              e -> {
                starts.start(user, districtId, m);
                Notification.show(getTranslation("monitoring.started"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                load();
              });
      start.setId("monitoring-start");
      bar.add(start);
    }
    if (MonitoringPolicy.SIGN.allows(user) && signed) {
      Button correct =
          new Button(getTranslation("monitoring.correct"), e -> correct(districtId, m));
      correct.setId("monitoring-correct");
      bar.add(correct);
    }
    return bar;
  }

  /** The month's open step that this person may work (the market figures or the sign-off). */
  private Optional<InboxTask> openStep(String districtId, YearMonth m) {
    String no = reports.reportNo(districtId, m);
    InboxFilter.Scope scope =
        cn.linggong.inbox.InboxPolicy.OVERSEE.allows(user)
            ? InboxFilter.Scope.DISTRICT
            : InboxFilter.Scope.ALL;
    return inbox
        .page(
            user,
            new InboxFilter(
                scope,
                districtId,
                MonitoringReports.PROCESS,
                null,
                no,
                null,
                null,
                InboxFilter.Sort.DUE,
                false),
            0,
            1)
        .stream()
        .findFirst();
  }

  private void correct(String districtId, YearMonth m) {
    Dialog dialog = new Dialog(getTranslation("monitoring.correctTitle", m.toString()));
    dialog.setId("monitoring-correct-dialog");
    TextArea reason = new TextArea(getTranslation("monitoring.correctReason"));
    reason.setId("monitoring-correct-reason");
    reason.setRequiredIndicatorVisible(true);
    reason.setWidthFull();
    Button ok =
        new Button(
            getTranslation("monitoring.correctConfirm"),
            e -> {
              try {
                MonitoringReport v = reports.correct(user, districtId, m, reason.getValue());
                dialog.close();
                Notification.show(getTranslation("monitoring.corrected", v.version()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                load();
              } catch (InvalidInputException invalid) {
                FieldErrors.showOrNotify(this, invalid, Map.of("reason", reason));
              } catch (ConflictException conflict) {
                Notification.show(getTranslation(conflict.messageKey(), conflict.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
              }
            });
    ok.setId("monitoring-correct-confirm");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new Paragraph(getTranslation("monitoring.correctHint")), reason);
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
    dialog.open();
  }

  private void enter(String districtId, YearMonth m, Figures.MarketRow market) {
    new MarketFiguresDialog(
            marketReports,
            categories,
            user,
            districtId,
            m,
            market,
            marketReports.entered(user, districtId, m).get(market.marketId()),
            this::load)
        .open();
  }

  private Grid<MonitoringReport> versionsGrid(List<MonitoringReport> versions) {
    Grid<MonitoringReport> grid = new Grid<>();
    grid.setId("monitoring-versions");
    grid.addColumn(MonitoringReport::version)
        .setHeader(getTranslation("monitoring.version"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(r -> status(r, false)))
        .setHeader(getTranslation("monitoring.status"))
        .setAutoWidth(true);
    grid.addColumn(r -> r.signedBy() == null ? "—" : names.of(this, r.signedBy()))
        .setHeader(getTranslation("monitoring.signedBy"))
        .setAutoWidth(true);
    grid.addColumn(r -> r.signedAt() == null ? "—" : time(r.signedAt()))
        .setHeader(getTranslation("monitoring.signedAt"))
        .setAutoWidth(true);
    grid.addColumn(r -> r.correctionReason() == null ? "" : r.correctionReason())
        .setHeader(getTranslation("monitoring.correctReason"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(this::files))
        .setKey("files")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(versions);
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Component files(MonitoringReport r) {
    if (r.pdfDocumentId() == null) {
      return new Span();
    }
    return new HorizontalLayout(
        Downloads.link(
            "monitoring-pdf-" + r.version(),
            getTranslation("monitoring.download.pdf"),
            "pdf",
            () -> file(r, true)),
        Downloads.link(
            "monitoring-xlsx-" + r.version(),
            getTranslation("monitoring.download.xlsx"),
            "xlsx",
            () -> file(r, false)));
  }

  private Downloads.File file(MonitoringReport r, boolean pdf) {
    var f = reports.file(user, r.id(), pdf).orElseThrow();
    return new Downloads.File(f.document().fileName(), f.document().contentType(), f.content());
  }

  private Component status(MonitoringReport r, boolean overdue) {
    String key = r == null ? "monitoring.state.none" : "monitoring.state." + r.status().name();
    Span s = new Span(getTranslation(key, r == null ? 0 : r.version()));
    s.getElement()
        .getThemeList()
        .add(
            overdue
                ? "badge error"
                : r != null && r.status() == MonitoringReport.Status.SIGNED
                    ? "badge success"
                    : "badge");
    if (overdue) {
      s.setText(s.getText() + getTranslation("monitoring.overdueSuffix"));
    }
    return s;
  }

  private FiguresPanel panel(Figures f, java.util.function.Consumer<Figures.MarketRow> enter) {
    return new FiguresPanel(
        f, figureNames.categoryNames(getLocale()), figureNames.industryNames(getLocale()), enter);
  }

  private String time(Instant at) {
    return at == null ? "—" : TIME.format(at.atZone(timeLimits.zone()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.monitoring");
  }
}
