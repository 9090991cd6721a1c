package cn.linggong.certification;

import cn.linggong.casefile.CaseEvent;
import cn.linggong.casework.TimelineText;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.ui.Punctuation;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An application's texts in words: its timeline entries and the facts of a scoring. */
final class CertificationTexts {

  private CertificationTexts() {}

  static TimelineText<CaseEvent> timeline(Component c, UserNames names) {
    return TimelineText.ofEvents(c, names, "certification.event.", e -> facts(c, e));
  }

  private static String facts(Component c, CaseEvent e) {
    Map<String, Object> d = e.details() == null ? Map.of() : e.details();
    List<String> facts = new ArrayList<>();
    switch (e.kind()) {
      case "FILED" ->
          facts.add(
              c.getTranslation(
                  "certification.fact.self", d.get("selfScore"), d.get("sheetVersion")));
      case "INSPECTED", "REVIEWED" -> {
        facts.add(c.getTranslation("certification.fact.total", d.get("total")));
        if (d.get("exclusions") != null && !d.get("exclusions").toString().isBlank()) {
          facts.add(c.getTranslation("certification.fact.exclusions", d.get("exclusions")));
        }
      }
      case "REVIEW_CONCLUDED" ->
          facts.add(
              c.getTranslation(
                  "certification.fact.concluded." + e.outcome(),
                  d.get("average"),
                  d.get("passMark")));
      case "SUPPLEMENT_REQUESTED" -> facts.add(String.valueOf(d.get("missing")));
      case "RECOMMENDED", "NOT_RECOMMENDED" -> facts.add(String.valueOf(d.get("opinion")));
      case "CERTIFIED", "REFUSED" -> facts.add(String.valueOf(d.get("reason")));
      case "CLOSED" -> facts.add(c.getTranslation("certification.outcome." + e.outcome()));
      case "ATTACHED" ->
          facts.add(
              c.getTranslation("certification.attachment." + e.outcome())
                  + " "
                  + d.get("fileName"));
      default -> {
        // the entry's name says it all
      }
    }
    return String.join(Punctuation.semicolon(c), facts);
  }
}
