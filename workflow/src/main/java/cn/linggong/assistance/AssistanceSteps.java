package cn.linggong.assistance;

import static cn.linggong.assistance.AssistanceProcess.*;

import cn.linggong.casefile.DeferredLetters;
import cn.linggong.employer.JobBoard;
import cn.linggong.inbox.CompletionHandler;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.worker.WorkerRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Writes each assistance step when its task completes, in the completion's transaction: checks the
 * rules the form cannot (a posting that can be referred, no fourth referral), records the step,
 * makes the referral letter, and sets the routing variables. The public-welfare post's steps are
 * {@link PlacementSteps}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AssistanceSteps implements CompletionHandler {

  public static final String REFERRAL_LETTER = "REFERRAL_LETTER";

  private final AssistanceCases cases;
  private final WorkerRegistry workers;
  private final HardshipTier tiers;
  private final JobBoard jobs;
  private final DeferredLetters letters;
  private final AssistanceLetterJobs letterJobs;
  private final AssistanceProperties properties;
  private final Clock clock;

  @Override
  public boolean handles(String formId, String taskDefinitionKey) {
    return formId != null
        && formId.startsWith("assistance-")
        && !PlacementSteps.STEPS.contains(taskDefinitionKey);
  }

  @Override
  public void complete(Completion c) {
    CaseRow row = cases.byCaseNo(c.businessKey());
    switch (c.taskDefinitionKey()) {
      case USER_TASK_INTAKE -> intake(c, row);
      case USER_TASK_GUIDANCE -> guidance(c, row);
      case USER_TASK_REFERRAL -> referral(c, row);
      case USER_TASK_REFERRAL_OUTCOME -> referralOutcome(c, row);
      case USER_TASK_TRAINING -> training(c, row);
      case USER_TASK_FOLLOW_UP -> followUp(c, row);
      default -> throw new IllegalStateException("No assistance step for " + c.taskDefinitionKey());
    }
  }

  private void intake(Completion c, CaseRow row) {
    HardshipTier.Result result =
        tiers.evaluate(workers.profile(row.workerId), LocalDate.now(clock));
    cases.setTier(row.id, result);
    Map<String, Object> details = StepInput.details(c, "intake.note", "note");
    details.put("employmentHardship", result.employmentHardship());
    StepInput.record(
        cases, c, row, AssistanceStep.Kind.INTAKE, 1, result.tier().name(), null, null, details);
    c.variables().put(VAR_TIER, result.tier().name());
    c.variables().put(VAR_EMPLOYMENT_HARDSHIP, result.employmentHardship());
  }

  private void guidance(Completion c, CaseRow row) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    StepInput.notInFuture(errors, clock, c, "guidance.date", "guidanceDate");
    errors.throwIfAny();
    Map<String, Object> details =
        StepInput.details(
            c,
            "guidance.date",
            "date",
            "guidance.content",
            "content",
            "guidance.categories",
            "categories",
            "guidance.districts",
            "districts",
            "guidance.pay",
            "pay");
    StepInput.record(cases, c, row, AssistanceStep.Kind.GUIDANCE, 1, "DONE", null, null, details);
  }

  private void referral(Completion c, CaseRow row) {
    List<AssistanceStep> steps = cases.steps(row);
    int done = count(steps, AssistanceStep.Kind.REFERRAL);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (done >= properties.maxReferrals()) {
      errors.add("jobId", "assistance.referral.limit", properties.maxReferrals());
      errors.throwIfAny();
    }
    long jobId = Long.parseLong(c.targets().get("referral.jobId").toString());
    errors.add("jobId", jobs.referralProblem(jobId));
    if (steps.stream()
        .anyMatch(
            s ->
                s.kind() == AssistanceStep.Kind.REFERRAL
                    && Long.valueOf(jobId).equals(s.jobId()))) {
      errors.add("jobId", "assistance.referral.duplicate");
    }
    errors.throwIfAny();
    int seq = done + 1;
    // made by a job once the step is done (a letter that fails never undoes the step)
    var document =
        letters.request(
            row.ref(),
            REFERRAL_LETTER,
            row.caseNo + "-推荐函-" + seq + ".pdf",
            letterJobs,
            AssistanceLetterJobs.REFERRAL,
            AssistanceLetterJobs.referral(row, seq, jobId),
            c.user().userId(),
            c.processInstanceId());
    StepInput.record(
        cases,
        c,
        row,
        AssistanceStep.Kind.REFERRAL,
        seq,
        "SENT",
        jobId,
        document.id(),
        StepInput.details(c, "referral.note", "note"));
    c.variables().put(VAR_REFERRAL_COUNT, (long) seq);
    // the next outcome step asks afresh: the last referral's answer must not be pre-selected
    c.variables().put(VAR_REFERRAL_OUTCOME, null);
  }

  private void referralOutcome(Completion c, CaseRow row) {
    AssistanceStep referral =
        cases.steps(row).stream()
            .filter(s -> s.kind() == AssistanceStep.Kind.REFERRAL)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new IllegalStateException("No referral in " + row.caseNo));
    String outcome = (String) c.variables().get(VAR_REFERRAL_OUTCOME);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if ("HIRED".equals(outcome) && c.targets().get("outcome.startDate") == null) {
      errors.add("startDate", "assistance.outcome.startDateRequired");
    }
    if ("NOT_HIRED".equals(outcome) && c.targets().get("outcome.reason") == null) {
      errors.add("reason", "assistance.outcome.reasonRequired");
    }
    errors.throwIfAny();
    if ("HIRED".equals(outcome)) {
      jobs.recordHire(referral.jobId());
      c.variables().put(VAR_HIRED_VIA, "REFERRAL");
    }
    StepInput.record(
        cases,
        c,
        row,
        AssistanceStep.Kind.REFERRAL_OUTCOME,
        referral.seq(),
        outcome,
        referral.jobId(),
        null,
        StepInput.details(
            c,
            "outcome.startDate",
            "startDate",
            "outcome.reason",
            "reason",
            "outcome.note",
            "note"));
  }

  private void training(Completion c, CaseRow row) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    LocalDate start = (LocalDate) c.targets().get("training.startDate");
    LocalDate end = (LocalDate) c.targets().get("training.endDate");
    if (start != null && end != null && end.isBefore(start)) {
      errors.add("endDate", "assistance.dates.order");
    }
    String outcome = (String) c.variables().get(VAR_TRAINING_OUTCOME);
    if (!"DECLINED".equals(outcome) && start == null) {
      errors.add("startDate", "validation.required");
    }
    errors.throwIfAny();
    StepInput.record(
        cases,
        c,
        row,
        AssistanceStep.Kind.TRAINING,
        1,
        outcome,
        null,
        null,
        StepInput.details(
            c,
            "training.programme",
            "programme",
            "training.provider",
            "provider",
            "training.occupation",
            "categories",
            "training.startDate",
            "startDate",
            "training.endDate",
            "endDate",
            "training.subsidy",
            "trainingSubsidy",
            "training.livingAllowance",
            "livingAllowance"));
  }

  private void followUp(Completion c, CaseRow row) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    StepInput.notInFuture(errors, clock, c, "followUp.date", "visitDate");
    errors.throwIfAny();
    StepInput.record(
        cases,
        c,
        row,
        AssistanceStep.Kind.FOLLOW_UP,
        1,
        (String) c.variables().get(VAR_STILL_EMPLOYED),
        null,
        null,
        StepInput.details(c, "followUp.date", "date", "followUp.problems", "problems"));
  }

  private static int count(List<AssistanceStep> steps, AssistanceStep.Kind kind) {
    return (int) steps.stream().filter(s -> s.kind() == kind).count();
  }
}
