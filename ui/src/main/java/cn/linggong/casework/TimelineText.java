package cn.linggong.casework;

import java.time.Instant;
import java.util.function.Function;

/**
 * How a case type says its timeline entries: when, which step (in words), its outcome and facts,
 * who. The timeline grid and the side panel's latest steps both read entries through it.
 */
public record TimelineText<T>(
    Function<T, Instant> when,
    Function<T, String> step,
    Function<T, String> facts,
    Function<T, String> by) {

  /**
   * The entries of a case timeline ({@link cn.linggong.casefile.CaseEvent}): the step named by
   * {@code eventPrefix} + its kind, the facts as the case type says them, who by name.
   */
  public static TimelineText<cn.linggong.casefile.CaseEvent> ofEvents(
      com.vaadin.flow.component.Component c,
      cn.linggong.identity.UserNames names,
      String eventPrefix,
      Function<cn.linggong.casefile.CaseEvent, String> facts) {
    return new TimelineText<>(
        cn.linggong.casefile.CaseEvent::doneAt,
        e -> c.getTranslation(eventPrefix + e.kind()),
        facts,
        e -> names.of(c, e.doneBy()));
  }

  /** "step：facts" (": " in English), or the step alone when there are no facts. */
  public String line(com.vaadin.flow.component.Component on, T entry) {
    String facts = this.facts.apply(entry);
    return step.apply(entry)
        + (facts == null || facts.isEmpty()
            ? ""
            : cn.linggong.shared.ui.Punctuation.colon(on) + facts);
  }
}
