package cn.linggong.certification;

import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.CompletionHandler;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The steps of a certification's term, each written with its task's completion: the year's
 * evaluation (a grade, rectification or a proposed withdrawal) and the city supervisor's approval
 * of a withdrawal, proposed by an evaluation or asked for by a reviewer.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TermSteps implements CompletionHandler {

  static final Set<String> FORMS =
      Set.of("certification-evaluation", "certification-withdrawal-approval");

  private final CertificationRecords records;
  private final CriteriaSheets sheets;
  private final Clock clock;

  @Override
  public boolean handles(String formId, String taskDefinitionKey) {
    return formId != null && FORMS.contains(formId);
  }

  @Override
  public void complete(Completion c) {
    CertificationRow row = records.byNo(c.businessKey());
    switch (c.taskDefinitionKey()) {
      case CertificationProcess.USER_TASK_EVALUATE -> evaluate(c, row);
      case CertificationProcess.USER_TASK_APPROVE_WITHDRAWAL,
          CertificationProcess.USER_TASK_APPROVE_REQUESTED_WITHDRAWAL ->
          approveWithdrawal(c, row);
      default -> throw new IllegalStateException("No term step for " + c.taskDefinitionKey());
    }
  }

  /**
   * The year's evaluation against the sheet in force now: qualified (at the pass mark, no
   * exclusion, with a grade), rectification within its limit, or a proposed withdrawal.
   */
  private void evaluate(Completion c, CertificationRow row) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    CriteriaSheet sheet = sheets.current();
    ScoreSheet submitted =
        new ScoreSheet(
            ScoreSheet.parse(CertificationSteps.text(c, "score.points"), "scores", errors),
            ScoreSheet.codes(CertificationSteps.text(c, "score.exclusions")),
            true,
            CertificationSteps.text(c, "evaluation.note"));
    if (!errors.has("scores")) {
      submitted.check(sheet, "scores", errors);
    }
    String outcome = String.valueOf(c.variables().get(CertificationProcess.VAR_EVALUATION_OUTCOME));
    String grade = CertificationSteps.text(c, "evaluation.grade");
    if ("QUALIFIED".equals(outcome) && !errors.has("scores")) {
      if (!submitted.exclusions().isEmpty()) {
        errors.add("evaluationOutcome", "certification.evaluation.exclusion");
      } else if (submitted.total().compareTo(sheet.passMark()) < 0) {
        errors.add(
            "evaluationOutcome",
            "certification.evaluation.belowPass",
            submitted.total(),
            sheet.passMark());
      }
      if (grade.isEmpty()) {
        errors.add("grade", "validation.required");
      }
    }
    errors.throwIfAny();
    records.evaluation(
        row,
        new CertificationMapper.EvaluationRow(
            sheet.id(),
            submitted.total(),
            submitted.exclusions().isEmpty() ? null : String.join(",", submitted.exclusions()),
            outcome,
            "QUALIFIED".equals(outcome) ? grade : null,
            submitted.note(),
            c.user().userId(),
            clock.instant()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("total", submitted.total().toPlainString());
    details.put("grade", "QUALIFIED".equals(outcome) ? grade : "");
    details.put("sheetVersion", sheet.version());
    records.record(row, "EVALUATED", c.taskId(), outcome, null, details, c.user().userId());
    if ("WITHDRAW".equals(outcome)) {
      records.record(
          row,
          "WITHDRAWAL_PROPOSED",
          c.taskId(),
          null,
          null,
          Map.of("reason", submitted.note()),
          c.user().userId());
    }
  }

  private void approveWithdrawal(Completion c, CertificationRow row) {
    LinggongUser user = c.user();
    CertificationSteps.citySupervisor(user);
    boolean approved =
        "YES".equals(c.variables().get(CertificationProcess.VAR_WITHDRAWAL_APPROVED));
    records.record(
        row,
        approved ? "WITHDRAWAL_APPROVED" : "WITHDRAWAL_REJECTED",
        c.taskId(),
        null,
        null,
        Map.of("opinion", CertificationSteps.text(c, "withdrawal.opinion")),
        user.userId());
  }
}
