package cn.linggong.subsidy;

import cn.linggong.casefile.CaseEvent;
import cn.linggong.casework.TimelineText;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.ui.Punctuation;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An application's texts in words: amounts, the rules of an item, its timeline entries. */
final class SubsidyTexts {

  private SubsidyTexts() {}

  /** An amount in yuan with thousands separators and the fen: 152,060.00. */
  static String yuan(BigDecimal amount) {
    return amount == null ? "—" : String.format("%,.2f", amount);
  }

  /** Where an application stands, or how it ended. */
  static String stage(Component c, SubsidyApplication a) {
    return a.state() == SubsidyApplication.State.OPEN
        ? c.getTranslation("subsidy.stage." + a.stage())
        : c.getTranslation("subsidy.outcome." + a.outcome());
  }

  /**
   * The rules that decided an item's quote, in words, with its rate, cap and higher-level payment.
   */
  static String rules(Component c, SubsidyApplication.Item i) {
    List<String> words = new ArrayList<>();
    i.rules().forEach(r -> words.add(c.getTranslation("subsidy.rule." + r.name())));
    if (i.rate() != null) {
      words.add(
          c.getTranslation(
              "subsidyPage.rate", i.rate().movePointRight(2).stripTrailingZeros().toPlainString()));
    }
    if (i.cap() != null) {
      words.add(c.getTranslation("subsidyPage.cap", yuan(i.cap())));
    }
    if (i.higherLevel() != null && i.higherLevel().signum() > 0) {
      words.add(c.getTranslation("subsidyPage.higher", yuan(i.higherLevel())));
    }
    return String.join(Punctuation.semicolon(c), words);
  }

  static TimelineText<CaseEvent> timeline(Component c, UserNames names) {
    return TimelineText.ofEvents(c, names, "subsidy.event.", e -> facts(c, e));
  }

  private static String facts(Component c, CaseEvent e) {
    Map<String, Object> d = e.details() == null ? Map.of() : e.details();
    List<String> facts = new ArrayList<>();
    switch (e.kind()) {
      case "FILED" -> facts.add(c.getTranslation("subsidy.submittedBy." + e.outcome()));
      case "QUOTED", "CALCULATION_PASSED" ->
          facts.add(c.getTranslation("subsidy.fact.total", amount(d.get("total"))));
      case "APPROVED" -> {
        facts.add(c.getTranslation("subsidy.fact.total", amount(d.get("total"))));
        facts.add(String.valueOf(d.get("reason")));
      }
      case "DISBURSED" ->
          facts.add(
              c.getTranslation(
                  "subsidy.fact.disbursed",
                  d.get("voucher"),
                  amount(d.get("amount")),
                  amount(d.get("left"))));
      case "EVIDENCE_ADDED" ->
          facts.add(
              c.getTranslation("subsidy.evidence." + e.outcome())
                  + " "
                  + d.get("fileName")
                  + (d.get("amount") == null ? "" : " · " + amount(d.get("amount"))));
      case "SUPPLEMENT_REQUESTED" -> facts.add(String.valueOf(d.get("missing")));
      case "CONTENT_PASSED" -> facts.add(String.valueOf(d.get("opinion")));
      case "REFUSED" -> facts.add(String.valueOf(d.get("reason")));
      case "OBJECTION_RESOLVED" ->
          facts.add(
              c.getTranslation("subsidy.objection.outcome." + e.outcome())
                  + " · "
                  + d.get("resolution"));
      case "CLOSED" -> facts.add(c.getTranslation("subsidy.outcome." + e.outcome()));
      default -> {
        // the entry's name says it all
      }
    }
    return String.join(Punctuation.semicolon(c), facts);
  }

  private static String amount(Object value) {
    return value == null ? "—" : yuan(new BigDecimal(value.toString()));
  }
}
