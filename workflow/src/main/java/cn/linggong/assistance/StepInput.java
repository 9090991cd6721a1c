package cn.linggong.assistance;

import cn.linggong.inbox.CompletionHandler.Completion;
import cn.linggong.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the assistance steps read from a completed form and how they record it. */
final class StepInput {

  private StepInput() {}

  /** Records the step on the case's timeline, by the person who completed the task. */
  static void record(
      AssistanceCases cases,
      Completion c,
      CaseRow row,
      AssistanceStep.Kind kind,
      int seq,
      String outcome,
      Long jobId,
      Long documentId,
      Map<String, Object> details) {
    cases.recordStep(
        row, kind, seq, c.taskId(), outcome, jobId, documentId, details, c.user().userId());
  }

  /** A date of the form that must not lie in the future. */
  static void notInFuture(
      InvalidInputException.Collector errors,
      Clock clock,
      Completion c,
      String target,
      String field) {
    Object date = c.targets().get(target);
    if (date instanceof LocalDate d && d.isAfter(LocalDate.now(clock))) {
      errors.add(field, "assistance.dates.future");
    }
  }

  /** The named targets as step details (target → detail name), skipping blanks. */
  static Map<String, Object> details(Completion c, String... targetAndName) {
    Map<String, Object> details = new LinkedHashMap<>();
    for (int i = 0; i < targetAndName.length; i += 2) {
      Object value = c.targets().get(targetAndName[i]);
      if (value == null || value.toString().isBlank()) {
        continue;
      }
      details.put(
          targetAndName[i + 1],
          value instanceof BigDecimal || value instanceof Boolean ? value : value.toString());
    }
    return details;
  }
}
