package cn.linggong.assistance;

import static cn.linggong.assistance.AssistanceProcess.*;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.employer.JobBoard;
import cn.linggong.inbox.CompletionHandler;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.ResidentIdNumbers;
import cn.linggong.sla.DateRule;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.TimeLimits;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerProfile;
import cn.linggong.worker.WorkerRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes each assistance step when its task completes, in the completion's transaction: checks the
 * rules the form cannot (a posting that can be referred, no fourth referral, the placement term),
 * records the step, makes the referral letter, and sets the routing variables.
 */
@Component
class AssistanceSteps implements CompletionHandler {

  public static final String REFERRAL_LETTER = "REFERRAL_LETTER";
  private static final String REVIEW_LEAD = "assistance.placement-review-lead";

  private final AssistanceCases cases;
  private final WorkerRegistry workers;
  private final HardshipTier tiers;
  private final JobBoard jobs;
  private final PlacementTerms terms;
  private final AssistanceLetters letters;
  private final CaseDocuments documents;
  private final TimeLimits timeLimits;
  private final AssistanceProperties properties;
  private final Clock clock;
  private final ProvisionalDates provisionalDates;

  AssistanceSteps(
      AssistanceCases cases,
      WorkerRegistry workers,
      HardshipTier tiers,
      JobBoard jobs,
      PlacementTerms terms,
      AssistanceLetters letters,
      CaseDocuments documents,
      TimeLimits timeLimits,
      AssistanceProperties properties,
      Clock clock,
      ProvisionalDates provisionalDates) {
    this.cases = cases;
    this.workers = workers;
    this.tiers = tiers;
    this.jobs = jobs;
    this.terms = terms;
    this.letters = letters;
    this.documents = documents;
    this.timeLimits = timeLimits;
    this.properties = properties;
    this.clock = clock;
    this.provisionalDates = provisionalDates;
  }

  @Override
  public boolean handles(String formId, String taskDefinitionKey) {
    return formId != null && formId.startsWith("assistance-");
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
      case USER_TASK_PLACEMENT_PROPOSE -> placementProposal(c, row);
      case USER_TASK_PLACEMENT_APPROVE -> placementApproval(c, row);
      case USER_TASK_FOLLOW_UP -> followUp(c, row);
      case USER_TASK_PLACEMENT_REVIEW -> placementReview(c, row);
      default -> throw new IllegalStateException("No assistance step for " + c.taskDefinitionKey());
    }
  }

  private void intake(Completion c, CaseRow row) {
    HardshipTier.Result result =
        tiers.evaluate(workers.profile(row.workerId), LocalDate.now(clock));
    cases.setTier(row.id, result);
    Map<String, Object> details = details(c, "intake.note", "note");
    details.put("employmentHardship", result.employmentHardship());
    step(c, row, AssistanceStep.Kind.INTAKE, 1, result.tier().name(), null, null, details);
    c.variables().put(VAR_TIER, result.tier().name());
    c.variables().put(VAR_EMPLOYMENT_HARDSHIP, result.employmentHardship());
  }

  private void guidance(Completion c, CaseRow row) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    notInFuture(errors, c, "guidance.date", "guidanceDate");
    errors.throwIfAny();
    Map<String, Object> details =
        details(
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
    step(c, row, AssistanceStep.Kind.GUIDANCE, 1, "DONE", null, null, details);
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
    Worker worker = workers.profile(row.workerId).worker();
    byte[] letter =
        letters.referralLetter(row.caseNo, row.districtId, seq, worker, jobId, c.user().userId());
    var document =
        documents.store(
            row.ref(),
            REFERRAL_LETTER,
            row.caseNo + "-推荐函-" + seq + ".pdf",
            letter,
            c.user().userId());
    step(
        c,
        row,
        AssistanceStep.Kind.REFERRAL,
        seq,
        "SENT",
        jobId,
        document.id(),
        details(c, "referral.note", "note"));
    c.variables().put(VAR_REFERRAL_COUNT, (long) seq);
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
    step(
        c,
        row,
        AssistanceStep.Kind.REFERRAL_OUTCOME,
        referral.seq(),
        outcome,
        referral.jobId(),
        null,
        details(
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
    step(
        c,
        row,
        AssistanceStep.Kind.TRAINING,
        1,
        outcome,
        null,
        null,
        details(
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

  private void placementProposal(Completion c, CaseRow row) {
    String decision = (String) c.variables().get(VAR_PLACEMENT_DECISION);
    Map<String, Object> details =
        details(
            c,
            "placement.post",
            "post",
            "placement.unit",
            "unit",
            "placement.startDate",
            "startDate",
            "placement.termMonths",
            "termMonths",
            "placement.note",
            "note");
    if ("PROPOSE".equals(decision)) {
      InvalidInputException.Collector errors = new InvalidInputException.Collector();
      for (String[] field :
          new String[][] {
            {"placement.post", "post"},
            {"placement.unit", "employingUnit"},
            {"placement.startDate", "startDate"},
            {"placement.termMonths", "termMonths"}
          }) {
        Object value = c.targets().get(field[0]);
        if (value == null || value.toString().isBlank()) {
          errors.add(field[1], "validation.required");
        }
      }
      errors.throwIfAny();
      WorkerProfile profile = workers.profile(row.workerId);
      LocalDate born = profile.birthDate();
      LocalDate start = (LocalDate) c.targets().get("placement.startDate");
      int months = ((BigDecimal) c.targets().get("placement.termMonths")).intValueExact();
      ResidentIdNumbers.Sex sex = ResidentIdNumbers.Sex.valueOf(profile.worker().sex());
      errors.add("termMonths", terms.check(born, sex, start, months));
      errors.throwIfAny();
      details.put("termEnd", PlacementTerms.termEnd(start, months).toString());
      details.put("retirementDate", terms.retirementDate(born, sex).toString());
      details.put("nearRetirement", terms.nearRetirement(born, sex, start));
    }
    step(c, row, AssistanceStep.Kind.PLACEMENT_PROPOSAL, 1, decision, null, null, details);
  }

  private void placementApproval(Completion c, CaseRow row) {
    String approval = (String) c.variables().get(VAR_PLACEMENT_APPROVAL);
    if ("REFUSED".equals(approval)
        && (c.targets().get("approval.opinion") == null
            || c.targets().get("approval.opinion").toString().isBlank())) {
      throw InvalidInputException.of("opinion", "assistance.approval.opinionRequired");
    }
    if ("APPROVED".equals(approval)) {
      AssistanceStep proposal =
          cases.steps(row).stream()
              .filter(s -> s.kind() == AssistanceStep.Kind.PLACEMENT_PROPOSAL)
              .reduce((a, b) -> b)
              .orElseThrow();
      LocalDate termEnd = LocalDate.parse(proposal.details().get("termEnd").toString());
      // the lead in its own unit (calendar or working days) before the term's last day; the
      // process's review timer is set to it, and moved with it if it comes from a provisional year
      DateRule lead = DateRule.limitBeforeDayStart(REVIEW_LEAD);
      java.time.Instant termEndStart = termEnd.atStartOfDay(clock.getZone()).toInstant();
      TimeLimits.Reckoned review = timeLimits.reckon(lead, termEndStart);
      LocalDate reviewOn = review.at().atZone(clock.getZone()).toLocalDate();
      LocalDate today = LocalDate.now(clock);
      if (reviewOn.isBefore(today)) {
        reviewOn = today;
      } else {
        provisionalDates.note(
            ProvisionalDates.TIMER,
            c.processInstanceId(),
            c.processInstanceId(),
            c.businessKey(),
            lead,
            termEndStart,
            review);
      }
      c.variables()
          .put(
              VAR_PLACEMENT_REVIEW_AT,
              reviewOn
                  .atStartOfDay(clock.getZone())
                  .toOffsetDateTime()
                  .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      c.variables().put(VAR_HIRED_VIA, "PLACEMENT");
    }
    step(
        c,
        row,
        AssistanceStep.Kind.PLACEMENT_APPROVAL,
        1,
        approval,
        null,
        null,
        details(c, "approval.opinion", "opinion"));
  }

  private void followUp(Completion c, CaseRow row) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    notInFuture(errors, c, "followUp.date", "visitDate");
    errors.throwIfAny();
    step(
        c,
        row,
        AssistanceStep.Kind.FOLLOW_UP,
        1,
        (String) c.variables().get(VAR_STILL_EMPLOYED),
        null,
        null,
        details(c, "followUp.date", "date", "followUp.problems", "problems"));
  }

  private void placementReview(Completion c, CaseRow row) {
    step(
        c,
        row,
        AssistanceStep.Kind.PLACEMENT_REVIEW,
        1,
        (String) c.variables().get(VAR_REVIEW_RESULT),
        null,
        null,
        details(c, "review.note", "note"));
  }

  private void step(
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

  private void notInFuture(
      InvalidInputException.Collector errors, Completion c, String target, String field) {
    Object date = c.targets().get(target);
    if (date instanceof LocalDate d && d.isAfter(LocalDate.now(clock))) {
      errors.add(field, "assistance.dates.future");
    }
  }

  /** The named targets as step details (target → detail name), skipping blanks. */
  private static Map<String, Object> details(Completion c, String... targetAndName) {
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

  private static int count(List<AssistanceStep> steps, AssistanceStep.Kind kind) {
    return (int) steps.stream().filter(s -> s.kind() == kind).count();
  }
}
