package cn.linggong.sla;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A supervisor's first screen: open escalations and overdue tasks of the district (city level: all
 * districts), each linking to its task.
 */
@Route("supervision")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.supervision", order = 1, icon = "vaadin:alarm")
public class SupervisionView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public SupervisionView(
      EscalationService escalations,
      SupervisionService supervision,
      CurrentUser currentUser,
      Districts districts,
      Clock clock,
      cn.linggong.identity.UserNames names) {
    setId("supervision-view");
    LinggongUser user = currentUser.require();
    Map<String, String> districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    String scope = user.districtId();

    Grid<Escalation> open = new Grid<>();
    open.setId("open-escalations");
    open.setEmptyStateText(getTranslation("supervision.escalations.empty"));
    var openNarrow = cn.linggong.shared.ui.NarrowGrid.of(open);
    open.addColumn(new ComponentRenderer<>(e -> taskLink(e.businessKey(), e.taskId())))
        .setHeader(getTranslation("supervision.case"))
        .setAutoWidth(true);
    open.addColumn(
            e -> cn.linggong.shared.ui.ProcessTexts.step(this, e.taskDefinitionKey(), e.taskName()))
        .setHeader(getTranslation("supervision.step"))
        .setAutoWidth(true);
    openNarrow
        .addColumn(
            e ->
                e.districtId() == null
                    ? getTranslation("shell.cityLevel")
                    : districtNames.getOrDefault(e.districtId(), e.districtId()))
        .setHeader(getTranslation("supervision.district"))
        .setAutoWidth(true);
    openNarrow
        .addColumn(
            e ->
                e.assignee() == null
                    ? getTranslation("supervision.unassigned")
                    : names.of(this, e.assignee()))
        .setHeader(getTranslation("supervision.assignee"))
        .setAutoWidth(true);
    open.addColumn(
            e ->
                cn.linggong.shared.ui.ProvisionalMark.text(
                    this, format(e.dueAt(), clock), supervision.dueProvisional(e.taskId())))
        .setHeader(getTranslation("supervision.due"))
        .setAutoWidth(true);
    openNarrow
        .addColumn(e -> format(e.escalatedAt(), clock))
        .setHeader(getTranslation("supervision.escalatedAt"))
        .setAutoWidth(true);
    open.setItems(
        query -> escalations.open(user, query.getOffset(), query.getLimit()).stream(),
        query -> (int) escalations.countOpen(user));
    open.setAllRowsVisible(true);

    Grid<SupervisionService.LateTask> late = new Grid<>();
    late.setId("overdue-tasks");
    late.setEmptyStateText(getTranslation("supervision.overdue.empty"));
    var lateNarrow = cn.linggong.shared.ui.NarrowGrid.of(late);
    late.addColumn(new ComponentRenderer<>(t -> taskLink(t.businessKey(), t.taskId())))
        .setHeader(getTranslation("supervision.case"))
        .setAutoWidth(true);
    lateNarrow
        .addColumn(
            t ->
                cn.linggong.shared.ui.ProcessTexts.process(
                    this, t.processDefinitionKey(), t.processName()))
        .setHeader(getTranslation("supervision.process"))
        .setAutoWidth(true);
    late.addColumn(
            t -> cn.linggong.shared.ui.ProcessTexts.step(this, t.taskDefinitionKey(), t.taskName()))
        .setHeader(getTranslation("supervision.step"))
        .setAutoWidth(true);
    lateNarrow
        .addColumn(
            t ->
                t.districtId() == null
                    ? getTranslation("shell.cityLevel")
                    : districtNames.getOrDefault(t.districtId(), t.districtId()))
        .setHeader(getTranslation("supervision.district"))
        .setAutoWidth(true);
    lateNarrow
        .addColumn(
            t ->
                t.assignee() == null
                    ? getTranslation("supervision.unassigned")
                    : names.of(this, t.assignee()))
        .setHeader(getTranslation("supervision.assignee"))
        .setAutoWidth(true);
    late.addColumn(
            t ->
                cn.linggong.shared.ui.ProvisionalMark.text(
                    this, format(t.dueAt(), clock), t.dueProvisional()))
        .setHeader(getTranslation("supervision.due"))
        .setAutoWidth(true);
    late.addColumn(
            t ->
                getTranslation(
                    t.limitUnit() == cn.linggong.sla.TimeUnit.CALENDAR_DAYS
                        ? "supervision.daysLate.calendar"
                        : "supervision.daysLate",
                    t.daysLate()))
        .setHeader(getTranslation("supervision.late"))
        .setAutoWidth(true);
    late.setItems(
        query -> supervision.overdueTasks(user, query.getOffset(), query.getLimit()).stream(),
        query -> (int) supervision.countOverdueTasks(user));
    late.setAllRowsVisible(true);

    String where =
        scope == null
            ? getTranslation("supervision.allDistricts")
            : districtNames.getOrDefault(scope, scope);
    add(
        new H2(getTranslation("nav.supervision")),
            new Paragraph(getTranslation("supervision.scope", where)),
        new H3(getTranslation("supervision.openEscalations")), open,
        new H3(getTranslation("supervision.overdueTasks")), late);
  }

  private static Anchor taskLink(String businessKey, String taskId) {
    return new Anchor("tasks/" + taskId, businessKey == null ? taskId : businessKey);
  }

  private static String format(Instant instant, Clock clock) {
    return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.supervision");
  }
}
