package cn.linggong.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** How complaint screens say clocks, amounts and times. */
final class ComplaintTexts {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ComplaintTexts() {}

  static String yuan(BigDecimal amount) {
    return amount == null ? "—" : amount.setScale(2).toPlainString();
  }

  static String time(java.time.Instant instant, ZoneId zone) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
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
                  c, time(k.dueAt(), zone), k.provisional()));
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
}
