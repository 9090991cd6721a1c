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
    if ("STEP".equals(k.kind())) {
      // an open step's own time limit: its due date, and whether it is past
      return c.getTranslation(
          k.overdue() ? "complaint.clock.stepOverdue" : "complaint.clock.step",
          cn.linggong.shared.ui.ProvisionalMark.text(
              c, cn.linggong.casework.CaseTexts.time(k.dueAt(), zone), k.provisional()));
    }
    if ("WAIT".equals(k.kind())) {
      // nothing to do until then: the process moves on by itself (an instalment's check)
      return c.getTranslation(
          "complaint.clock.wait", cn.linggong.casework.CaseTexts.time(k.dueAt(), zone));
    }
    String name = c.getTranslation("complaint.clock." + k.kind());
    return switch (k.state()) {
      case "RUNNING" ->
          c.getTranslation(
              ("WORKING_DAYS".equals(k.unit())
                      ? "complaint.clock.workingDay"
                      : "complaint.clock.day")
                  + (k.day() == null || k.day() == 0 ? ".first" : ""),
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

  private static final String[] CODE_WORDS = {
    "complaint.refusal.",
    "complaint.referral.",
    "complaint.priority.",
    "complaint.contact.",
    "complaint.withdrawal.",
    "complaint.investigation.",
    "complaint.outcome.",
    "complaint.evidence.",
    "complaint.channel."
  };

  /**
   * A code of the complaint's steps (a reason, a result, a kind) in words; empty if it has none.
   */
  static String word(Component c, String code) {
    for (String prefix : CODE_WORDS) {
      String text = c.getTranslation(prefix + code);
      if (!text.startsWith("!")) {
        return text;
      }
    }
    return "";
  }

  /**
   * A closing's result: the code of what ended the complaint, with what it was referred to after a
   * colon ("POLICE:开封市公安局鼓楼分局").
   */
  private static String result(Component c, Object value) {
    String text = String.valueOf(value);
    int colon = text.indexOf(':');
    String code = colon < 0 ? text : text.substring(0, colon);
    String body = colon < 0 ? "" : text.substring(colon + 1);
    String word = word(c, code);
    return (word.isEmpty() ? code : word)
        + (body.isBlank() ? "" : cn.linggong.shared.ui.Punctuation.bracketed(c, body));
  }

  /** An event's outcome and facts in words, each fact with its label. */
  static String describe(Component c, ComplaintEvent e) {
    String outcome = e.outcome() == null ? "" : word(c, e.outcome());
    String details =
        e.details().entrySet().stream()
            .map(
                d -> {
                  String label = c.getTranslation("complaint.detail." + d.getKey());
                  Object value =
                      switch (d.getKey()) {
                        case "clock" -> c.getTranslation("complaint.clock." + d.getValue());
                        case "detail" -> result(c, d.getValue());
                        default -> d.getValue();
                      };
                  return (label.startsWith("!") ? d.getKey() : label)
                      + cn.linggong.shared.ui.Punctuation.colon(c)
                      + value;
                })
            .collect(Collectors.joining(cn.linggong.shared.ui.Punctuation.semicolon(c)));
    return outcome.isEmpty()
        ? details
        : details.isEmpty()
            ? outcome
            : outcome + cn.linggong.shared.ui.Punctuation.semicolon(c) + details;
  }

  /** How complaint events read on the timeline and beside a task, in the language of {@code c}. */
  static cn.linggong.casework.TimelineText<ComplaintEvent> timeline(
      Component c, cn.linggong.identity.UserNames names) {
    return new cn.linggong.casework.TimelineText<>(
        ComplaintEvent::doneAt,
        e -> c.getTranslation("complaint.event." + e.kind()),
        e -> describe(c, e),
        e -> names.of(c, e.doneBy()));
  }
}
