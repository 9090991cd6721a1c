package cn.linggong.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
}
