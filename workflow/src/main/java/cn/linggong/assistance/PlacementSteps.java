package cn.linggong.assistance;

import static cn.linggong.assistance.AssistanceProcess.*;

import cn.linggong.inbox.CompletionHandler;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.ResidentIdNumbers;
import cn.linggong.sla.DateRule;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.TimeLimits;
import cn.linggong.worker.WorkerProfile;
import cn.linggong.worker.WorkerRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The steps of a public-welfare post (公益性岗位兜底安置): the proposal, checked against the placement term
 * and the worker's retirement; the approval, which sets the review before the term ends; the
 * review. Written in the completion's transaction like the other assistance steps.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlacementSteps implements CompletionHandler {

  /** The tasks this handler writes; {@link AssistanceSteps} writes the others. */
  static final Set<String> STEPS =
      Set.of(USER_TASK_PLACEMENT_PROPOSE, USER_TASK_PLACEMENT_APPROVE, USER_TASK_PLACEMENT_REVIEW);

  private static final String REVIEW_LEAD = "assistance.placement-review-lead";

  private final AssistanceCases cases;
  private final WorkerRegistry workers;
  private final PlacementTerms terms;
  private final TimeLimits timeLimits;
  private final ProvisionalDates provisionalDates;
  private final Clock clock;

  @Override
  public boolean handles(String formId, String taskDefinitionKey) {
    return formId != null && formId.startsWith("assistance-") && STEPS.contains(taskDefinitionKey);
  }

  @Override
  public void complete(Completion c) {
    CaseRow row = cases.byCaseNo(c.businessKey());
    switch (c.taskDefinitionKey()) {
      case USER_TASK_PLACEMENT_PROPOSE -> placementProposal(c, row);
      case USER_TASK_PLACEMENT_APPROVE -> placementApproval(c, row);
      case USER_TASK_PLACEMENT_REVIEW -> placementReview(c, row);
      default -> throw new IllegalStateException("No placement step for " + c.taskDefinitionKey());
    }
  }

  private void placementProposal(Completion c, CaseRow row) {
    String decision = (String) c.variables().get(VAR_PLACEMENT_DECISION);
    Map<String, Object> details =
        StepInput.details(
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
    StepInput.record(
        cases, c, row, AssistanceStep.Kind.PLACEMENT_PROPOSAL, 1, decision, null, null, details);
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
    StepInput.record(
        cases,
        c,
        row,
        AssistanceStep.Kind.PLACEMENT_APPROVAL,
        1,
        approval,
        null,
        null,
        StepInput.details(c, "approval.opinion", "opinion"));
  }

  private void placementReview(Completion c, CaseRow row) {
    StepInput.record(
        cases,
        c,
        row,
        AssistanceStep.Kind.PLACEMENT_REVIEW,
        1,
        (String) c.variables().get(VAR_REVIEW_RESULT),
        null,
        null,
        StepInput.details(c, "review.note", "note"));
  }
}
