package cn.linggong.casefile;

import java.util.Map;

/**
 * Makes a case type's letters from what a step kept ({@link DeferredLetters#request}): the case's
 * records are read again when the letter is made, so the inputs are ids and the step's own texts. A
 * Spring bean per case type, found by {@link #name()}.
 */
public interface LetterRenderer {

  /** Unique among renderers; kept with each request. */
  String name();

  /**
   * The PDF of one letter; an exception leaves the letter pending for the engine's next retry.
   *
   * @param letter which of the case type's letters
   * @param params what the step gave (JSON values: strings, numbers, lists, maps)
   * @param requestedBy the person whose step asked for it
   * @param requestedAt when the step asked for it: the letter's date, however late it is made
   */
  byte[] render(
      String letter, Map<String, Object> params, String requestedBy, java.time.Instant requestedAt);
}
