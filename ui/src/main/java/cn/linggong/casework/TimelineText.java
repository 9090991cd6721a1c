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

  /** "step：facts", or the step alone when there are no facts. */
  public String line(T entry) {
    String facts = this.facts.apply(entry);
    return step.apply(entry) + (facts == null || facts.isEmpty() ? "" : "：" + facts);
  }
}
