package cn.linggong.casework;

import cn.linggong.inbox.TaskDetails;
import cn.linggong.shared.ui.ProvisionalMark;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;

/**
 * What is open now on a case: each open step as a link to its task with its due date (marked while
 * the year's holidays are provisional), then the actions the person may take on the case.
 */
public class OpenSteps extends VerticalLayout {

  public OpenSteps(List<TaskDetails.OpenStep> steps, java.time.Clock clock) {
    ZoneId zone = clock.getZone();
    setPadding(false);
    setWidth(null);
    add(new H3(getTranslation("case.openTasks")));
    if (steps.isEmpty()) {
      add(new Paragraph(getTranslation("case.noOpenTasks")));
    }
    for (TaskDetails.OpenStep t : steps) {
      String due = ProvisionalMark.text(this, CaseTexts.time(t.due(), zone), t.dueProvisional());
      Anchor link =
          new Anchor(
              "tasks/" + t.taskId(),
              cn.linggong.shared.ui.ProcessTexts.step(this, t.taskDefinitionKey(), t.name())
                  + " · "
                  + getTranslation("case.due", due));
      link.setId("open-task-" + t.taskDefinitionKey());
      if (t.due() != null && t.due().isBefore(clock.instant())) {
        com.vaadin.flow.component.html.Span late =
            new com.vaadin.flow.component.html.Span(getTranslation("case.overdue"));
        late.getElement().getThemeList().add("badge error");
        late.setId("open-task-overdue-" + t.taskDefinitionKey());
        add(
            new com.vaadin.flow.component.html.Div(
                link, new com.vaadin.flow.component.html.Span(" "), late));
      } else {
        add(link);
      }
    }
  }

  /**
   * What the case waits for, and when ("跟踪回访：2027-01-04 自动生成"): a case with no open step is never
   * left saying only that nothing is to be done.
   */
  public OpenSteps waiting(List<TaskDetails.Waiting> waits, ZoneId zone) {
    return waiting(waits, zone, w -> java.util.Optional.empty());
  }

  /**
   * As {@link #waiting(List, ZoneId)}, with what the case type knows of a wait ("等待第 2 期付款，到期
   * 2026-12-20"): {@code detail} answers the arguments after the day for the text {@code
   * wait.<timer>.detail}, or nothing for the plain {@code wait.<timer>}.
   */
  public OpenSteps waiting(
      List<TaskDetails.Waiting> waits,
      ZoneId zone,
      java.util.function.Function<TaskDetails.Waiting, java.util.Optional<List<Object>>> detail) {
    for (TaskDetails.Waiting w : waits) {
      String day = java.time.LocalDate.ofInstant(w.due(), zone).toString();
      java.util.Optional<List<Object>> more = detail.apply(w);
      List<Object> args = new java.util.ArrayList<>();
      args.add(day);
      more.ifPresent(args::addAll);
      String text =
          getTranslation(
              "wait." + w.activityId() + (more.isPresent() ? ".detail" : ""), args.toArray());
      Paragraph line =
          new Paragraph(text.startsWith("!") ? getTranslation("case.waiting", day) : text);
      line.setId("waiting-" + w.activityId());
      add(line);
    }
    return this;
  }

  /** The case's actions below the steps (when the person may take them). */
  public OpenSteps actions(Component... actions) {
    add(actions);
    return this;
  }
}
