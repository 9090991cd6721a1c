package cn.linggong.privacy;

import cn.linggong.audit.AuditEvent;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Admins read who looked at whose ID number or hardship facts in full, and why: filtered by person,
 * worker and dates, newest first, paged on the server.
 */
@Route("admin/full-views")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.fullViews", order = 86, icon = "vaadin:eye")
public class FullViewAuditView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public FullViewAuditView(FullViews fullViews, CurrentUser currentUser, Clock clock) {
    setId("full-view-audit-view");
    LinggongUser admin = currentUser.require();
    TextField person = new TextField(getTranslation("fullViews.person"));
    person.setId("full-views-person");
    person.setValueChangeMode(ValueChangeMode.LAZY);
    person.setClearButtonVisible(true);
    TextField worker = new TextField(getTranslation("fullViews.worker"));
    worker.setId("full-views-worker");
    worker.setValueChangeMode(ValueChangeMode.LAZY);
    worker.setClearButtonVisible(true);
    cn.linggong.shared.ui.DateField from =
        new cn.linggong.shared.ui.DateField(getTranslation("fullViews.from"));
    from.setId("full-views-from");
    cn.linggong.shared.ui.DateField to =
        new cn.linggong.shared.ui.DateField(getTranslation("fullViews.to"));
    to.setId("full-views-to");

    Grid<AuditEvent> grid = new Grid<>();
    grid.setId("full-views");
    grid.addColumn(e -> TIME.format(e.occurredAt().atZone(clock.getZone())))
        .setHeader(getTranslation("fullViews.when"))
        .setAutoWidth(true);
    grid.addColumn(AuditEvent::actor).setHeader(getTranslation("fullViews.person"));
    grid.addColumn(e -> getTranslation("fullViews.action." + e.action()))
        .setHeader(getTranslation("fullViews.what"));
    grid.addColumn(AuditEvent::subjectId).setHeader(getTranslation("fullViews.worker"));
    grid.addColumn(e -> purpose(e.detail())).setHeader(getTranslation("fullViews.purpose"));
    grid.setEmptyStateText(getTranslation("fullViews.empty"));
    grid.setItems(
        query ->
            fullViews
                .trail(
                    admin,
                    person.getValue(),
                    worker.getValue(),
                    start(from.getValue(), clock),
                    start(to.getValue() == null ? null : to.getValue().plusDays(1), clock),
                    query.getOffset(),
                    query.getLimit())
                .stream(),
        query ->
            (int)
                fullViews.count(
                    admin,
                    person.getValue(),
                    worker.getValue(),
                    start(from.getValue(), clock),
                    start(to.getValue() == null ? null : to.getValue().plusDays(1), clock)));
    person.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    worker.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    HorizontalLayout bar = new HorizontalLayout(person, worker, from, to);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    add(
        new H2(getTranslation("nav.fullViews")),
        new Paragraph(getTranslation("fullViews.hint")),
        bar,
        grid);
  }

  private static Instant start(LocalDate day, Clock clock) {
    return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
  }

  /** "purpose=OTHER; 原因" as the purpose's name and the reason. */
  private String purpose(String detail) {
    if (detail == null || !detail.startsWith("purpose=")) {
      return "—";
    }
    String rest = detail.substring("purpose=".length());
    int semicolon = rest.indexOf(';');
    String key = semicolon < 0 ? rest : rest.substring(0, semicolon);
    String label =
        getTranslation(key.equals("OTHER") ? "fullViews.other" : "privacy.purpose." + key);
    return semicolon < 0
        ? label
        : label
            + cn.linggong.shared.ui.Punctuation.colon(this)
            + rest.substring(semicolon + 1).trim();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.fullViews");
  }
}
