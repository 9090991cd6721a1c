package cn.linggong.inbox;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * One task: its case, step, due date and how late it is, and the steps of its case so far. A task
 * of another district is not found.
 */
@Route("tasks/:taskId")
@RolesAllowed({
  cn.linggong.identity.Roles.CASEWORKER,
  cn.linggong.identity.Roles.MEDIATOR,
  cn.linggong.identity.Roles.REVIEWER,
  cn.linggong.identity.Roles.FINANCE,
  cn.linggong.identity.Roles.SUPERVISOR
})
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final transient TaskDetails details;
  private final transient TaskCompletion completion;
  private final transient FormRenderer renderer;
  private final transient cn.linggong.identity.CurrentUser currentUser;
  private final transient java.util.List<CasePanel> panels;
  private final transient Reassignment reassignment;
  private final transient Clock clock;
  private final transient cn.linggong.identity.UserNames names;
  private final transient InboxService inbox;
  private String title = "";

  public TaskView(
      TaskDetails details,
      TaskCompletion completion,
      FormRenderer renderer,
      cn.linggong.identity.CurrentUser currentUser,
      java.util.List<CasePanel> panels,
      Reassignment reassignment,
      Clock clock,
      cn.linggong.identity.UserNames names,
      InboxService inbox) {
    this.names = names;
    this.inbox = inbox;
    this.details = details;
    this.completion = completion;
    this.renderer = renderer;
    this.currentUser = currentUser;
    this.panels = panels;
    this.reassignment = reassignment;
    this.clock = clock;
    setId("task-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String taskId = event.getRouteParameters().get("taskId").orElse("");
    var found = details.find(taskId);
    if (found.isEmpty()) {
      title = getTranslation("task.notFound");
      add(new H2(title), new Paragraph(getTranslation("task.notFound.detail")));
      return;
    }
    TaskDetails.Summary task = found.get();
    title =
        task.businessKey()
            + " · "
            + cn.linggong.shared.ui.ProcessTexts.step(
                this, task.taskDefinitionKey(), task.taskName());
    add(new H2(title));
    add(
        new Paragraph(
            getTranslation(
                "task.process",
                cn.linggong.shared.ui.ProcessTexts.process(
                    this, task.processDefinitionKey(), task.processName()))));
    Paragraph due = new Paragraph(getTranslation("task.due", format(task.dueAt())));
    due.setId("task-due");
    if (task.dueProvisional()) {
      due.add(cn.linggong.shared.ui.ProvisionalMark.of(this));
    }
    add(due);
    for (var change : task.dueDateChanges()) {
      Paragraph moved =
          new Paragraph(
              getTranslation(
                  "task.dueMoved",
                  format(change.oldAt()),
                  format(change.newAt()),
                  change.year(),
                  format(change.changedAt())));
      moved.addClassName("task-due-moved");
      moved.getStyle().set("color", "var(--lumo-secondary-text-color)");
      add(moved);
    }
    String unit = task.limitUnit() == cn.linggong.sla.TimeUnit.CALENDAR_DAYS ? ".calendar" : "";
    if (task.daysLate() != null && task.daysLate() > 0) {
      Span late = new Span(getTranslation("supervision.daysLate" + unit, task.daysLate()));
      late.getElement().getThemeList().add("badge error");
      late.setId("time-left");
      add(late);
    } else if (task.daysLeft() != null) {
      Span left = new Span(getTranslation("task.daysLeft" + unit, task.daysLeft()));
      left.getElement().getThemeList().add("badge");
      left.setId("time-left");
      add(left);
    }
    Paragraph holder =
        new Paragraph(
            getTranslation(
                "task.assignee",
                task.assignee() == null
                    ? getTranslation("supervision.unassigned")
                    : names.of(this, task.assignee())));
    holder.setId("task-assignee");
    if (task.assignee() != null) {
      holder.getElement().setAttribute("title", task.assignee());
    }
    add(holder);
    var panel = panels.stream().filter(p -> p.handles(task.processDefinitionKey())).findFirst();
    if (panel.isPresent()) {
      var work = workArea(task);
      // the form takes what the panel leaves; below 30rem the panel moves under it
      ((com.vaadin.flow.component.HasSize) work).setWidth(null);
      work.getElement().getStyle().set("flex", "1 1 30rem").set("min-width", "0");
      var beside = panel.get().create(task);
      beside.getElement().getStyle().set("flex", "0 0 auto");
      com.vaadin.flow.component.orderedlayout.FlexLayout side =
          new com.vaadin.flow.component.orderedlayout.FlexLayout(work, beside);
      side.setFlexWrap(com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap.WRAP);
      side.getStyle().set("gap", "var(--lumo-space-l)");
      side.setWidthFull();
      add(side);
    } else {
      add(workArea(task));
    }
    Grid<TaskDetails.Step> history = new Grid<>();
    history.setId("task-history");
    history.setEmptyStateText(getTranslation("task.history.empty"));
    history
        .addColumn(
            s -> cn.linggong.shared.ui.ProcessTexts.step(this, s.taskDefinitionKey(), s.name()))
        .setHeader(getTranslation("supervision.step"));
    history
        .addColumn(s -> s.assignee() == null ? "" : names.of(this, s.assignee()))
        .setHeader(getTranslation("supervision.assignee"));
    history.addColumn(s -> format(s.startedAt())).setHeader(getTranslation("task.started"));
    history.addColumn(s -> format(s.endedAt())).setHeader(getTranslation("task.ended"));
    history.setItems(details.history(task.processInstanceId()));
    history.setAllRowsVisible(true);
    add(new H3(getTranslation("task.history")), history);
  }

  /** The form of the step and the button that completes it. */
  private com.vaadin.flow.component.Component workArea(TaskDetails.Summary task) {
    var form = completion.formOf(task.taskId());
    var rendered = form.map(f -> renderer.render(f, completion.variablesOf(task.taskId())));
    com.vaadin.flow.component.button.Button done =
        new com.vaadin.flow.component.button.Button(getTranslation("task.complete"));
    done.setId("complete-task");
    done.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
    String notYours = notYours(task.taskId());
    boolean unclaimed = task.assignee() == null;
    done.addClickListener(
        e -> {
          try {
            completion.complete(
                currentUser.require(),
                task.taskId(),
                rendered.map(FormRenderer.Rendered::values).orElse(java.util.Map.of()));
            // completing an unclaimed task took it first, in the same transaction: say so
            com.vaadin.flow.component.notification.Notification.show(
                    getTranslation(
                        unclaimed ? "task.claimedAndCompleted" : "task.completed",
                        task.businessKey()))
                .addThemeVariants(
                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
          } catch (cn.linggong.shared.validation.InvalidInputException invalid) {
            var elsewhere =
                rendered
                    .map(
                        r ->
                            r.showErrors(
                                invalid.violations(),
                                v ->
                                    getTranslation(
                                        v.violation().messageKey(), v.violation().argumentArray())))
                    .orElse(invalid.violations());
            if (!elsewhere.isEmpty()) {
              com.vaadin.flow.component.notification.Notification.show(
                      elsewhere.stream()
                          .map(
                              v ->
                                  getTranslation(
                                      v.violation().messageKey(), v.violation().argumentArray()))
                          .collect(
                              java.util.stream.Collectors.joining(
                                  cn.linggong.shared.ui.Punctuation.semicolon(this))))
                  .addThemeVariants(
                      com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            }
          } catch (cn.linggong.shared.RuleViolationException conflict) {
            com.vaadin.flow.component.notification.Notification.show(
                    getTranslation(conflict.messageKey(), conflict.arguments()),
                    6000,
                    com.vaadin.flow.component.notification.Notification.Position.MIDDLE)
                .addThemeVariants(
                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_WARNING);
            done.setEnabled(false);
          }
        });
    VerticalLayout area = new VerticalLayout();
    area.setPadding(false);
    area.setId("task-work");
    rendered.ifPresentOrElse(
        area::add, () -> area.add(new Paragraph(getTranslation("task.noForm"))));
    if (notYours != null) {
      // seen, not done: whoever may not complete the step is not offered the button
      done.setVisible(false);
      rendered.ifPresent(r -> r.getChildren().forEach(c -> c.getElement().setEnabled(false)));
      Paragraph why = new Paragraph(notYours);
      why.setId("task-not-yours");
      area.add(why);
    }
    var user = currentUser.require();
    if (InboxPolicy.REASSIGN.allows(user)) {
      var to = new com.vaadin.flow.component.select.Select<String>();
      to.setId("reassign-to");
      to.setLabel(getTranslation("inbox.reassign.to"));
      to.setItems(reassignment.eligible(user, task.taskId()));
      to.setItemLabelGenerator(id -> names.of(this, id) + " (" + id + ")");
      var give =
          new com.vaadin.flow.component.button.Button(
              getTranslation("inbox.reassign"),
              e -> {
                try {
                  reassignment.reassign(user, task.taskId(), to.getValue());
                  com.vaadin.flow.component.notification.Notification.show(
                          getTranslation("inbox.reassigned", names.of(this, to.getValue())))
                      .addThemeVariants(
                          com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
                } catch (cn.linggong.shared.validation.InvalidInputException invalid) {
                  cn.linggong.shared.ui.FieldErrors.show(
                      this, invalid, java.util.Map.of("userId", to));
                }
              });
      give.setId("reassign-confirm");
      var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(done, to, give);
      row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
      area.add(row);
    } else {
      area.add(done);
    }
    return area;
  }

  /** Why the person may see but not complete the step, or null when they may complete it. */
  private String notYours(String taskId) {
    var user = currentUser.require();
    try {
      InboxTask row = inbox.workable(user, taskId);
      if (row.assignee() != null && !row.assignee().equals(user.userId())) {
        return getTranslation("task.heldBy", names.of(this, row.assignee()));
      }
      return null;
    } catch (cn.linggong.shared.ForbiddenException refused) {
      return getTranslation(refused.messageKey(), refused.arguments());
    } catch (org.springframework.security.access.AccessDeniedException refused) {
      return getTranslation("task.notYours");
    }
  }

  private String format(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
