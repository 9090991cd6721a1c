package cn.linggong.certification;

import static cn.linggong.certification.CertificationProcess.USER_TASK_COMPLETENESS;
import static cn.linggong.certification.CertificationProcess.USER_TASK_DECIDE;
import static cn.linggong.certification.CertificationProcess.USER_TASK_INSPECT;
import static cn.linggong.certification.CertificationProcess.USER_TASK_RECOMMEND;
import static cn.linggong.certification.CertificationProcess.USER_TASK_REVIEW;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseTimeline;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.CompletionHandler;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.ForbiddenException;
import cn.linggong.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The steps of an application, each written in the same transaction as its task's completion: the
 * district's recommendation, the completeness check (a one-time notice, or the inspector and
 * reviewers assigned), the inspector's and each reviewer's sheet (checked against the criteria of
 * the version filed under, no one with a conflict of interest), the review's conclusion, and the
 * city supervisor's decision with its certificate or refusal notice.
 */
@Component("certificationSteps")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationSteps implements CompletionHandler {

  private final CertificationRecords records;
  private final CriteriaSheets sheets;
  private final CertificationPanel panel;
  private final CertificationLetters letters;
  private final CertificationProperties properties;
  private final CaseDocuments documents;
  private final MarketDirectory markets;
  private final DirectoryService directory;
  private final AuditService audit;
  private final Clock clock;

  @Override
  public boolean handles(String formId, String taskDefinitionKey) {
    return formId != null
        && formId.startsWith("certification-")
        && !TermSteps.FORMS.contains(formId);
  }

  @Override
  public void complete(Completion c) {
    CertificationRow row = records.byNo(c.businessKey());
    switch (c.taskDefinitionKey()) {
      case USER_TASK_RECOMMEND -> recommend(c, row);
      case USER_TASK_COMPLETENESS -> completeness(c, row);
      case USER_TASK_INSPECT -> score(c, row, "INSPECTOR", Certification.Stage.REVIEW);
      case USER_TASK_REVIEW -> score(c, row, "REVIEWER", Certification.Stage.REVIEW);
      case USER_TASK_DECIDE -> decide(c, row);
      case CertificationProcess.USER_TASK_RESOLVE_OBJECTION -> resolveObjection(c, row);
      default ->
          throw new IllegalStateException("No certification step for " + c.taskDefinitionKey());
    }
  }

  private void recommend(Completion c, CertificationRow row) {
    boolean yes = "YES".equals(c.variables().get(CertificationProcess.VAR_RECOMMENDED));
    records.record(
        row,
        yes ? "RECOMMENDED" : "NOT_RECOMMENDED",
        c.taskId(),
        null,
        null,
        Map.of("opinion", text(c, "recommendation.opinion")),
        c.user().userId());
    if (yes) {
      records.stage(row, Certification.Stage.COMPLETENESS);
    }
  }

  private void completeness(Completion c, CertificationRow row) {
    Object decision = c.variables().get(CertificationProcess.VAR_COMPLETENESS);
    Market market = markets.find(c.user(), row.marketId);
    if ("SUPPLEMENT".equals(decision)) {
      String missing = text(c, "completeness.missingItems");
      var letter =
          documents.store(
              row.ref(),
              "SUPPLEMENT_NOTICE",
              "补正材料一次性告知书-" + row.applicationNo + ".pdf",
              letters.supplementNotice(row, market, missing),
              c.user().userId());
      records.record(
          row,
          "SUPPLEMENT_REQUESTED",
          c.taskId(),
          null,
          letter.id(),
          Map.of("missing", missing),
          c.user().userId());
      records.stage(row, Certification.Stage.SUPPLEMENT);
      return;
    }
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String inspector =
        String.valueOf(c.variables().getOrDefault(CertificationProcess.VAR_INSPECTOR, "")).strip();
    List<String> reviewers = ScoreSheet.codes(text(c, "completeness.reviewers"));
    if (!panel.mayScore(inspector)) {
      errors.add("inspector", "certification.panel.notReviewer", inspector);
    } else {
      conflict(errors, "inspector", inspector, market);
    }
    Set<String> distinct = new LinkedHashSet<>(reviewers);
    if (distinct.size() != reviewers.size()) {
      errors.add("reviewerIds", "certification.panel.twice");
    } else if (reviewers.size() < properties.minReviewers()
        || reviewers.size() > properties.maxReviewers()) {
      errors.add(
          "reviewerIds",
          "certification.panel.count",
          properties.minReviewers(),
          properties.maxReviewers());
    } else if (reviewers.contains(inspector)) {
      errors.add("reviewerIds", "certification.panel.inspectorReviews");
    } else {
      for (String r : reviewers) {
        if (!panel.mayScore(r)) {
          errors.add("reviewerIds", "certification.panel.notReviewer", r);
          break;
        }
        conflict(errors, "reviewerIds", r, market);
      }
    }
    errors.throwIfAny();
    c.variables().put(CertificationProcess.VAR_INSPECTOR, inspector);
    records.assign(row, inspector, reviewers);
    records.record(
        row,
        "ASSIGNED",
        c.taskId(),
        null,
        null,
        Map.of("inspector", inspector, "reviewers", String.join(",", reviewers)),
        c.user().userId());
    records.stage(row, Certification.Stage.INSPECTION);
  }

  /**
   * Refuses a person registered as the market's contact or legal representative, or whose name is
   * the operator's, or who works for the operator (the organisation of their user record): the
   * system's check; everyone also declares no conflict before scoring.
   */
  private void conflict(
      InvalidInputException.Collector errors, String field, String userId, Market market) {
    String name = panel.name(userId);
    if (name != null
        && (name.equals(market.contactName())
            || name.equals(market.legalRepresentative())
            || name.equals(market.operatorName()))) {
      errors.add(field, "certification.conflict.contact", name, market.name());
      return;
    }
    String organisation = panel.organisation(userId);
    if (organisation != null && sameOrganisation(organisation, market.operatorName())) {
      errors.add(field, "certification.conflict.organisation", name, organisation, market.name());
    }
  }

  /** The same unit, written with or without spaces, full-width or half-width brackets. */
  static boolean sameOrganisation(String a, String b) {
    return b != null && unit(a).equals(unit(b));
  }

  private static String unit(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private void score(Completion c, CertificationRow row, String role, Certification.Stage next) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    CriteriaSheet sheet = sheets.byId(row.sheetId);
    ScoreSheet submitted =
        new ScoreSheet(
            ScoreSheet.parse(text(c, "score.points"), "scores", errors),
            ScoreSheet.codes(text(c, "score.exclusions")),
            Boolean.TRUE.equals(c.targets().get("score.noConflict")),
            text(c, "score.note"));
    if (!errors.has("scores")) {
      submitted.check(sheet, "scores", errors);
    }
    if (!submitted.noConflict()) {
      errors.add("noConflict", "certification.conflict.declare");
    }
    conflict(errors, "noConflict", c.user().userId(), markets.find(c.user(), row.marketId));
    errors.throwIfAny();
    records.storeSheet(row, row.inspectionRound, role, c.user().userId(), submitted);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("total", submitted.total().toPlainString());
    details.put("exclusions", String.join(",", submitted.exclusions()));
    records.record(
        row,
        role.equals("INSPECTOR") ? "INSPECTED" : "REVIEWED",
        c.taskId(),
        submitted.exclusions().isEmpty() ? null : "EXCLUSION",
        null,
        details,
        c.user().userId());
    records.stage(row, next);
  }

  /**
   * Concludes the review once every reviewer has scored: the reviewers' average against the pass
   * mark of the sheet filed under, and any exclusion the inspector or a reviewer found.
   */
  public void concludeReview(DelegateExecution execution) {
    CertificationRow row =
        records.byId(
            ((Number) execution.getVariable(CertificationProcess.VAR_APPLICATION_ID)).longValue());
    CriteriaSheet sheet = sheets.byId(row.sheetId);
    List<CertificationMapper.SheetResult> round =
        records.sheets(row).stream().filter(s -> s.round() == row.inspectionRound).toList();
    List<BigDecimal> totals =
        round.stream()
            .filter(s -> s.role().equals("REVIEWER"))
            .map(CertificationMapper.SheetResult::total)
            .toList();
    BigDecimal average =
        totals.isEmpty()
            ? BigDecimal.ZERO
            : totals.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
    List<String> exclusions =
        round.stream()
            .map(CertificationMapper.SheetResult::exclusions)
            .filter(Objects::nonNull)
            .flatMap(e -> ScoreSheet.codes(e).stream())
            .distinct()
            .toList();
    boolean passed = average.compareTo(sheet.passMark()) >= 0 && exclusions.isEmpty();
    records.reviewResult(row, average, !exclusions.isEmpty());
    execution.setVariable(CertificationProcess.VAR_REVIEW_PASSED, passed);
    records.record(
        row,
        "REVIEW_CONCLUDED",
        null,
        passed ? "PASSED" : "FAILED",
        null,
        Map.of(
            "average", average.toPlainString(),
            "passMark", sheet.passMark().toPlainString(),
            "exclusions", String.join(",", exclusions)),
        CaseTimeline.SYSTEM);
    records.stage(row, Certification.Stage.DECISION);
  }

  /** Resolves the oldest open objection: upheld (refused, or inspected again) or dismissed. */
  private void resolveObjection(Completion c, CertificationRow row) {
    ObjectionRow objection =
        records.objections(row).stream()
            .filter(o -> "OPEN".equals(o.state))
            .findFirst()
            .orElseThrow(
                () ->
                    new cn.linggong.shared.ConflictException(
                        "certification.objection.none", row.applicationNo));
    String outcome = String.valueOf(c.variables().get(CertificationProcess.VAR_OBJECTION_OUTCOME));
    String resolution = text(c, "objection.resolution");
    records.resolve(objection, outcome, resolution, c.user().userId());
    if ("UPHELD_REFUSE".equals(outcome)) {
      records.objectionUpheld(row);
    } else if ("UPHELD_REINSPECT".equals(outcome)) {
      records.newRound(row);
    }
    records.record(
        row,
        "OBJECTION_RESOLVED",
        c.taskId(),
        outcome,
        null,
        Map.of("resolution", resolution),
        c.user().userId());
  }

  private void decide(Completion c, CertificationRow row) {
    LinggongUser user = c.user();
    citySupervisor(user);
    boolean certify = "CERTIFY".equals(c.variables().get(CertificationProcess.VAR_DECISION));
    String reason = text(c, "decision.reason");
    Market market = markets.find(c.user(), row.marketId);
    if (certify) {
      InvalidInputException.Collector errors = new InvalidInputException.Collector();
      if (!reviewPassed(row)) {
        errors.add("decision", "certification.decision.reviewFailed", row.reviewScore);
      } else if (Boolean.TRUE.equals(row.objectionUpheld)) {
        errors.add("decision", "certification.decision.objectionUpheld");
      }
      LocalDate since = c.targets().get("decision.date") instanceof LocalDate d ? d : null;
      if (since == null) {
        errors.add("certifiedOn", "validation.required");
      } else if (since.isAfter(LocalDate.now(clock))) {
        errors.add("certifiedOn", "certification.decision.dateInFuture");
      }
      errors.throwIfAny();
      LocalDate until = since.plusYears(properties.termYears()).minusDays(1);
      records.close(row, Certification.Outcome.CERTIFIED, reason, since, until);
      markets.grantCertification(
          user,
          row.marketId,
          row.level.equals("CITY") ? Market.Certification.CITY : Market.Certification.DISTRICT,
          since,
          until,
          "认定申请 " + row.applicationNo);
      var certificate =
          documents.store(
              row.ref(),
              "CERTIFICATE",
              "认定证书-" + row.applicationNo + ".pdf",
              letters.certificate(row, market, since, until, row.reviewScore),
              user.userId());
      records.record(
          row,
          "CERTIFIED",
          c.taskId(),
          null,
          certificate.id(),
          Map.of("reason", reason),
          user.userId());
    } else {
      records.close(row, Certification.Outcome.REFUSED, reason, null, null);
      var notice =
          documents.store(
              row.ref(),
              "REFUSAL_NOTICE",
              "不予认定告知书-" + row.applicationNo + ".pdf",
              letters.refusal(row, market, reason),
              user.userId());
      records.record(
          row, "REFUSED", c.taskId(), null, notice.id(), Map.of("reason", reason), user.userId());
    }
    audit.record(
        user.userId(),
        certify ? "CERTIFICATION_GRANTED" : "CERTIFICATION_REFUSED",
        "certification",
        row.applicationNo,
        row.districtId,
        null);
  }

  private boolean reviewPassed(CertificationRow row) {
    CriteriaSheet sheet = sheets.byId(row.sheetId);
    return row.reviewScore != null
        && row.reviewScore.compareTo(sheet.passMark()) >= 0
        && !Boolean.TRUE.equals(row.exclusionFound);
  }

  /** Closes the application at an end of the process that no step closed (idempotent). */
  public void close(DelegateExecution execution, String outcome) {
    CertificationRow row =
        records.byId(
            ((Number) execution.getVariable(CertificationProcess.VAR_APPLICATION_ID)).longValue());
    if (records.close(row, Certification.Outcome.valueOf(outcome), null, null, null)) {
      records.record(row, "CLOSED", null, outcome, null, Map.of(), CaseTimeline.SYSTEM);
    }
  }

  /** The bureau's decisions (certify, approve a withdrawal) are the city's supervisors'. */
  static void citySupervisor(LinggongUser user) {
    if (!user.cityLevel() || !CertificationPolicy.DECIDE.allows(user)) {
      throw new ForbiddenException("certification.decision.citySupervisor");
    }
  }

  static String text(Completion c, String target) {
    Object value = c.targets().get(target);
    return value == null ? "" : value.toString().strip();
  }
}
