package cn.linggong.calendar;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Admins keep the working-day calendar: a year at a glance (holidays and make-up days marked),
 * single dates added, changed or removed, whole years imported from CSV or removed. A year with no
 * entered notice is shown as provisional (the law's holidays and days in lieu, no make-up days);
 * "录入正式安排" starts from those days and makes the year official with the notice's dates, names,
 * make-up days and title, after which every date computed from the provisional year is computed
 * again.
 */
@Route("admin/calendar")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.calendar", order = 82, icon = "vaadin:calendar")
public class CalendarAdminView extends VerticalLayout implements HasDynamicTitle {

  private final transient CalendarMaintenance maintenance;
  private final cn.linggong.identity.LinggongUser actor;
  private final Select<Integer> year = new Select<>();
  private final Paragraph source = new Paragraph();
  private final Div provisionalNote = new Div();
  private final Div months = new Div();
  private final Button enterOfficial = new Button();
  private final Button removeYear = new Button();
  private java.util.Set<Integer> provisionalYears = java.util.Set.of();
  private boolean showingProvisional;

  private final transient java.time.Clock clock;

  public CalendarAdminView(
      CalendarMaintenance maintenance, CurrentUser currentUser, java.time.Clock clock) {
    this.maintenance = maintenance;
    this.clock = clock;
    this.actor = currentUser.require();
    setId("calendar-admin-view");

    year.setLabel(getTranslation("calendar.year"));
    year.setId("calendar-year");
    year.setItemLabelGenerator(
        y ->
            getTranslation(
                provisionalYears.contains(y)
                    ? "calendar.yearLabel.provisional"
                    : "calendar.yearLabel",
                y));
    year.addValueChangeListener(e -> showYear());

    enterOfficial.setText(getTranslation("calendar.enterOfficial"));
    enterOfficial.setIcon(VaadinIcon.EDIT.create());
    enterOfficial.setId("calendar-enter-official");
    enterOfficial.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    enterOfficial.addClickListener(e -> openEnterOfficial());
    Button importCsv =
        new Button(
            getTranslation("calendar.import"), VaadinIcon.UPLOAD.create(), e -> openImport());
    importCsv.setId("calendar-import");
    removeYear.setText(getTranslation("calendar.removeYear"));
    removeYear.setIcon(VaadinIcon.TRASH.create());
    removeYear.setId("calendar-remove-year");
    removeYear.addClickListener(e -> confirmRemoveYear());
    removeYear.addThemeVariants(ButtonVariant.LUMO_ERROR);
    HorizontalLayout toolbar = new HorizontalLayout(year, enterOfficial, importCsv, removeYear);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    toolbar.getStyle().set("flex-wrap", "wrap");

    months.setId("calendar-months");
    months
        .getStyle()
        .set("display", "grid")
        .set("grid-template-columns", "repeat(auto-fill, minmax(15.5em, 1fr))")
        .set("gap", "var(--lumo-space-m)")
        .set("width", "100%");

    provisionalNote.setId("calendar-provisional");
    provisionalNote
        .getStyle()
        .set("border-left", "4px dashed var(--lumo-warning-color, #ffc107)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("background", "var(--lumo-contrast-5pct)");
    add(new H2(getTranslation("nav.calendar")), toolbar, source, provisionalNote, legend(), months);
    reloadYears(null);
  }

  private void reloadYears(Integer select) {
    var statuses = maintenance.yearStatuses();
    provisionalYears =
        statuses.stream()
            .filter(CalendarMaintenance.YearStatus::provisional)
            .map(CalendarMaintenance.YearStatus::year)
            .collect(Collectors.toUnmodifiableSet());
    var years = statuses.stream().map(CalendarMaintenance.YearStatus::year).toList();
    year.setItems(years);
    if (select != null && years.contains(select)) {
      year.setValue(select);
    } else if (!years.isEmpty()) {
      int current = LocalDate.now(clock).getYear();
      year.setValue(years.contains(current) ? current : years.get(years.size() - 1));
    } else {
      showYear();
    }
  }

  private void showYear() {
    months.removeAll();
    Integer y = year.getValue();
    provisionalNote.setVisible(false);
    enterOfficial.setVisible(false);
    removeYear.setVisible(false);
    if (y == null) {
      source.setText(getTranslation("calendar.noYears"));
      return;
    }
    CalendarMaintenance.YearView view = maintenance.view(y);
    showingProvisional = view.provisional();
    if (view.provisional()) {
      source.setText(getTranslation("calendar.provisional.source", y));
      provisionalNote.setText(getTranslation("calendar.provisional.explain", y));
      provisionalNote.setVisible(true);
      enterOfficial.setVisible(true);
    } else {
      source.setText(getTranslation("calendar.source", view.source()));
      removeYear.setVisible(true);
      if (view.recomputation() != null) {
        var r = view.recomputation();
        provisionalNote.setText(
            getTranslation(
                "DONE".equals(r.state()) ? "calendar.recompute.done" : "calendar.recompute.pending",
                y,
                r.examined(),
                r.changed(),
                r.failed()));
        provisionalNote.setVisible(true);
      }
    }
    Map<LocalDate, CalendarDay> days =
        view.days().stream().collect(Collectors.toMap(CalendarDay::date, Function.identity()));
    for (int m = 1; m <= 12; m++) {
      months.add(month(YearMonth.of(y, m), days));
    }
  }

  private Component month(YearMonth month, Map<LocalDate, CalendarDay> days) {
    Div grid = new Div();
    grid.getStyle()
        .set("display", "grid")
        .set("grid-template-columns", "repeat(7, 1fr)")
        .set("gap", "2px")
        .set("text-align", "center")
        .set("font-size", "var(--lumo-font-size-s)");
    for (DayOfWeek dow : DayOfWeek.values()) {
      Span head = new Span(getTranslation("calendar.dow." + dow.getValue()));
      head.getStyle().set("color", "var(--lumo-secondary-text-color)");
      grid.add(head);
    }
    for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
      grid.add(new Span());
    }
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      grid.add(cell(date, days.get(date)));
    }
    Div box = new Div(new H4(getTranslation("calendar.month." + month.getMonthValue())), grid);
    box.getStyle()
        .set("border", "1px solid var(--lumo-contrast-10pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "var(--lumo-space-s)");
    return box;
  }

  private Component cell(LocalDate date, CalendarDay exception) {
    Span cell = new Span(String.valueOf(date.getDayOfMonth()));
    cell.setId("day-" + date);
    cell.getStyle().set("padding", "2px 0").set("border-radius", "4px").set("cursor", "pointer");
    boolean weekend = date.getDayOfWeek().getValue() >= 6;
    if (exception != null && exception.kind() == DayKind.HOLIDAY) {
      cell.getStyle()
          .set("background", "var(--lumo-error-color-10pct)")
          .set("color", "var(--lumo-error-text-color)")
          .set("font-weight", "600");
      cell.getElement().setAttribute("title", exception.name());
      cell.getElement().setAttribute("data-kind", "HOLIDAY");
      if (showingProvisional) {
        cell.getStyle().set("outline", "1px dashed var(--lumo-error-color)");
        cell.getElement().setAttribute("data-provisional", "true");
      }
    } else if (exception != null && exception.kind() == DayKind.WORKDAY) {
      cell.getStyle()
          .set("background", "var(--lumo-primary-color-10pct)")
          .set("color", "var(--lumo-primary-text-color)")
          .set("font-weight", "600");
      cell.getElement().setAttribute("title", exception.name());
      cell.getElement().setAttribute("data-kind", "WORKDAY");
    } else if (weekend) {
      cell.getStyle().set("color", "var(--lumo-tertiary-text-color)");
    }
    // a provisional year is changed only by entering its notice as a whole
    cell.addClickListener(
        e -> {
          if (showingProvisional) {
            openEnterOfficial();
          } else {
            new DayEditor(date, exception).open();
          }
        });
    return cell;
  }

  private Component legend() {
    Span holiday = new Span(getTranslation("calendar.legend.holiday"));
    holiday.getElement().getThemeList().add("badge error");
    Span workday = new Span(getTranslation("calendar.legend.workday"));
    workday.getElement().getThemeList().add("badge");
    Span weekend = new Span(getTranslation("calendar.legend.weekend"));
    weekend.getElement().getThemeList().add("badge contrast");
    Span hint = new Span(getTranslation("calendar.legend.hint"));
    hint.getStyle().set("font-size", "var(--lumo-font-size-s)");
    HorizontalLayout legend = new HorizontalLayout(holiday, workday, weekend, hint);
    legend.setAlignItems(FlexComponent.Alignment.CENTER);
    legend.getStyle().set("flex-wrap", "wrap");
    return legend;
  }

  /** Enters the notice of a provisional year, starting from the law's days off. */
  private void openEnterOfficial() {
    Integer y = year.getValue();
    if (y == null || !showingProvisional) {
      return;
    }
    StringBuilder rows = new StringBuilder();
    rows.append(getTranslation("calendar.enterOfficial.comment", y)).append('\n');
    for (CalendarDay day : maintenance.view(y).days()) {
      rows.append(day.date()).append(",HOLIDAY,").append(day.name()).append('\n');
    }
    new CsvImportDialog(
            maintenance,
            actor,
            y,
            getTranslation("calendar.enterOfficial.title", y),
            rows.toString(),
            imported -> {
              reloadYears(imported);
              Notification.show(getTranslation("calendar.enterOfficial.saved", imported))
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            })
        .open();
  }

  private void openImport() {
    new CsvImportDialog(
            maintenance,
            actor,
            year.getValue(),
            getTranslation("calendar.import"),
            "",
            imported -> {
              reloadYears(imported);
              notifySaved();
            })
        .open();
  }

  private void confirmRemoveYear() {
    Integer y = year.getValue();
    if (y == null) {
      return;
    }
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setHeader(getTranslation("calendar.removeYear"));
    confirm.setText(
        getTranslation(
            "calendar.removeYear.confirm",
            y,
            StatutoryHolidays.FIRST_YEAR,
            StatutoryHolidays.LAST_YEAR));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("action.cancel"));
    confirm.setConfirmText(getTranslation("calendar.removeYear"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.addConfirmListener(
        e -> {
          maintenance.removeYear(y, actor);
          reloadYears(null);
          notifySaved();
        });
    confirm.open();
  }

  private void notifySaved() {
    Notification.show(getTranslation("calendar.saved"))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  /** Sets one date: plain (by the weekday rule), a holiday or a make-up working day. */
  private final class DayEditor extends com.vaadin.flow.component.dialog.Dialog {

    DayEditor(LocalDate date, CalendarDay exception) {
      setHeaderTitle(
          getTranslation(
              "calendar.day.title",
              date.toString(),
              getTranslation("calendar.dow." + date.getDayOfWeek().getValue())));
      var kind = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>();
      kind.setId("day-kind");
      kind.setItems("PLAIN", DayKind.HOLIDAY.name(), DayKind.WORKDAY.name());
      kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k));
      kind.setValue(exception == null ? "PLAIN" : exception.kind().name());
      var name =
          new com.vaadin.flow.component.textfield.TextField(getTranslation("calendar.day.name"));
      name.setId("day-name");
      name.setValue(exception == null ? "" : exception.name());
      name.setWidthFull();
      add(new VerticalLayout(kind, name));
      Button save =
          new Button(
              getTranslation("action.save"),
              e -> {
                try {
                  if ("PLAIN".equals(kind.getValue())) {
                    if (exception != null) {
                      maintenance.removeDay(date, actor);
                    }
                  } else {
                    maintenance.putDay(
                        new CalendarDay(date, DayKind.valueOf(kind.getValue()), name.getValue()),
                        actor);
                  }
                  close();
                  showYear();
                  notifySaved();
                } catch (InvalidInputException invalid) {
                  String other = FieldErrors.show(this, invalid, Map.of("name", name));
                  if (!other.isEmpty()) {
                    Notification.show(other).addThemeVariants(NotificationVariant.LUMO_ERROR);
                  }
                }
              });
      save.setId("day-save");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.calendar");
  }
}
