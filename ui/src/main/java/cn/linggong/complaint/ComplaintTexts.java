package cn.linggong.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** How complaint screens say clocks, amounts and times. */
final class ComplaintTexts {

  private ComplaintTexts() {}

  static String yuan(BigDecimal amount) {
    return amount == null ? "—" : amount.setScale(2).toPlainString();
  }

  /** 受理审查 第 2/5 个工作日 · 调解 第 3/15 日 · 暂停 · 已完成. */
  static String clock(Component c, ComplaintView.Clock k, ZoneId zone) {
    String name = c.getTranslation("complaint.clock." + k.kind());
    return switch (k.state()) {
      case "RUNNING" ->
          c.getTranslation(
              "WORKING_DAYS".equals(k.unit())
                  ? "complaint.clock.workingDay"
                  : "complaint.clock.day",
              name,
              k.day() == null ? 0 : k.day(),
              k.ofDays(),
              cn.linggong.shared.ui.ProvisionalMark.text(
                  c, cn.linggong.casework.CaseTexts.time(k.dueAt(), zone), k.provisional()));
      case "PAUSED" -> c.getTranslation("complaint.clock.paused", name);
      case "STOPPED" -> c.getTranslation("complaint.clock.stopped", name);
      default -> c.getTranslation("complaint.clock.notStarted", name);
    };
  }

  static Span badge(Component c, ComplaintView.Clock k, ZoneId zone) {
    Span badge = new Span(clock(c, k, zone));
    badge.setId("clock-" + k.kind());
    badge
        .getElement()
        .getThemeList()
        .add(
            k.overdue() ? "badge error" : "RUNNING".equals(k.state()) ? "badge" : "badge contrast");
    return badge;
  }

  /** An event's outcome and facts in words, each fact with its label. */
  static String describe(Component c, ComplaintEvent e) {
    String outcome = "";
    if (e.outcome() != null) {
      for (String prefix :
          new String[] {
            "complaint.refusal.",
            "complaint.referral.",
            "complaint.priority.",
            "complaint.contact.",
            "complaint.withdrawal.",
            "complaint.investigation.",
            "complaint.outcome.",
            "complaint.evidence.",
            "complaint.channel."
          }) {
        String text = c.getTranslation(prefix + e.outcome());
        if (!text.startsWith("!")) {
          outcome = text;
          break;
        }
      }
    }
    String details =
        e.details().entrySet().stream()
            .map(
                d -> {
                  String label = c.getTranslation("complaint.detail." + d.getKey());
                  Object value =
                      "clock".equals(d.getKey())
                          ? c.getTranslation("complaint.clock." + d.getValue())
                          : d.getValue();
                  return (label.startsWith("!") ? d.getKey() : label) + "：" + value;
                })
            .collect(Collectors.joining("；"));
    return outcome.isEmpty() ? details : details.isEmpty() ? outcome : outcome + "；" + details;
  }

  /** How complaint events read on the timeline and beside a task, in the language of {@code c}. */
  static cn.linggong.casework.TimelineText<ComplaintEvent> timeline(
      Component c, cn.linggong.casework.UserNames names) {
    return new cn.linggong.casework.TimelineText<>(
        ComplaintEvent::doneAt,
        e -> c.getTranslation("complaint.event." + e.kind()),
        e -> describe(c, e),
        e -> names.of(c, e.doneBy()));
  }
}
