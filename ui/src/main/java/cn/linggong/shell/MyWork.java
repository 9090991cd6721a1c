package cn.linggong.shell;

import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.InboxFilter;
import cn.linggong.inbox.InboxService;
import cn.linggong.inbox.InboxTask;
import cn.linggong.sla.TimeLimits;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A person's own work on the home screen: "我的待办 · 即将到期 · 已超期" with their counts, each a link to the
 * inbox so filtered, and the next few tasks by due date, each a link to the task.
 */
class MyWork extends VerticalLayout {

  private static final int NEXT = 5;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  MyWork(LinggongUser user, InboxService inbox, TimeLimits timeLimits, Clock clock) {
    setId("my-work");
    setPadding(false);
    Instant now = clock.instant();
    InboxFilter mine = InboxFilter.all().withScope(InboxFilter.Scope.MINE);
    Map<String, Long> counts = inbox.counts(user, mine, now, timeLimits.dueSoonUntil(now));
    HorizontalLayout figures = new HorizontalLayout();
    figures.setId("my-work-counts");
    figures.setWrap(true);
    figures.add(
        figure("mine", counts.getOrDefault("mine", 0L), null),
        figure("dueSoon", counts.getOrDefault("dueSoon", 0L), "contrast"),
        figure("overdue", counts.getOrDefault("overdue", 0L), "error"));
    add(new H3(getTranslation("home.myWork")), figures);

    List<InboxTask> next = inbox.page(user, mine, 0, NEXT);
    if (next.isEmpty()) {
      Span none = new Span(getTranslation("home.myWork.none"));
      none.setId("my-work-none");
      add(none);
      return;
    }
    ZoneId zone = clock.getZone();
    VerticalLayout list = new VerticalLayout();
    list.setId("my-work-next");
    list.setPadding(false);
    list.setSpacing(false);
    for (InboxTask task : next) {
      Anchor open =
          new Anchor(
              "tasks/" + task.taskId(),
              cn.linggong.shared.ui.ProcessTexts.step(
                      this, task.taskDefinitionKey(), task.taskName())
                  + " · "
                  + task.businessKey());
      Span due =
          new Span(
              task.dueAt() == null
                  ? getTranslation("home.myWork.noDue")
                  : getTranslation("home.myWork.due", DUE.format(task.dueAt().atZone(zone))));
      if (task.dueAt() != null && task.dueAt().isBefore(now)) {
        due.getElement().getThemeList().add("badge error");
      } else if (task.dueAt() != null && timeLimits.dueSoon(task.dueAt(), now)) {
        due.getElement().getThemeList().add("badge contrast");
      }
      Div row = new Div(open, new Span(" "), due);
      row.addClassName("my-work-task");
      list.add(row);
    }
    add(list, new Anchor("inbox?chip=mine", getTranslation("home.myWork.all")));
  }

  private Anchor figure(String chip, long count, String theme) {
    Anchor link = new Anchor("inbox?chip=" + chip, getTranslation("home.myWork." + chip, count));
    link.setId("my-work-" + chip);
    link.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
    return link;
  }
}
