package cn.linggong.subsidy;

import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_APPROVE;
import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_CALCULATION_REVIEW;
import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_CONTENT_REVIEW;
import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_DISBURSE;
import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_RESOLVE_OBJECTION;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseTimeline;
import cn.linggong.certification.ObjectionRow;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.CompletionHandler;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.ForbiddenException;
import cn.linggong.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The steps of a subsidy application, each written in the same transaction as its task's
 * completion: the system's quote, the content review (documents against claimed amounts; one
 * request for missing material), finance's calculation review (corrections with reasons, never by
 * the content reviewer), the objections, the supervisor's approval against the district's budget
 * with its notice of approval, and each disbursement up to the approved amount.
 */
@Service("subsidySteps")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubsidySteps implements CompletionHandler {

  private final SubsidyRecords records;
  private final SubsidyApplicationMapper mapper;
  private final SubsidyQuotes quotes;
  private final SubsidyCorrections corrections;
  private final SubsidyEvidenceCheck evidenceCheck;
  private final SubsidyPayments payments;
  private final SubsidyLetters letters;
  private final CaseDocuments documents;
  private final MarketDirectory markets;
  private final AuditService audit;
  private final Clock clock;

  /** The timeline entries of the content review, whoever wrote them reviewed the content. */
  private static final java.util.Set<String> CONTENT_REVIEW_EVENTS =
      java.util.Set.of("SUPPLEMENT_REQUESTED", "CONTENT_PASSED", "REFUSED");

  @Override
  public boolean handles(String formId, String taskDefinitionKey) {
    return formId != null && formId.startsWith("subsidy-");
  }

  @Override
  public void complete(Completion c) {
    SubsidyRow row = records.byNo(c.businessKey());
    switch (c.taskDefinitionKey()) {
      case USER_TASK_CONTENT_REVIEW -> contentReview(c, row);
      case USER_TASK_CALCULATION_REVIEW -> calculationReview(c, row);
      case USER_TASK_RESOLVE_OBJECTION -> resolveObjection(c, row);
      case USER_TASK_APPROVE -> approve(c, row);
      case USER_TASK_DISBURSE -> payments.disburse(c, row);
      default -> throw new IllegalStateException("No subsidy step for " + c.taskDefinitionKey());
    }
  }

  /** The system's quote of the claimed items, kept beside each (the process, after filing). */
  public void quote(DelegateExecution execution) {
    SubsidyRow row = records.of(execution);
    SubsidyQuotes.Quote quote = requote(row);
    records.quoted(row, quote);
    records.record(
        row,
        "QUOTED",
        null,
        null,
        null,
        Map.of("total", quote.total().toPlainString(), "months", quote.monthsCertified()),
        CaseTimeline.SYSTEM);
  }

  private SubsidyQuotes.Quote requote(SubsidyRow row) {
    Market market = markets.publicView(row.marketId);
    List<SubsidyQuotes.Claim> claims =
        records.items(row).stream()
            .map(i -> new SubsidyQuotes.Claim(i.item(), i.claimed()))
            .toList();
    return quotes.price(market, row.periodFrom, row.periodTo, claims);
  }

  private void contentReview(Completion c, SubsidyRow row) {
    String decision = String.valueOf(c.variables().get(SubsidyProcess.VAR_CONTENT_DECISION));
    Market market = markets.find(c.user(), row.marketId);
    switch (decision) {
      case "SUPPLEMENT" -> {
        if (row.supplementAsked) {
          throw InvalidInputException.of("contentDecision", "subsidy.supplement.once");
        }
        String missing = text(c, "content.missingItems");
        var letter =
            documents.store(
                row.ref(),
                "SUPPLEMENT_NOTICE",
                "补正材料一次性告知书-" + row.applicationNo + ".pdf",
                letters.supplementNotice(row, market, missing),
                c.user().userId());
        mapper.contentReviewed(row.id, c.user().userId(), true);
        records.stage(row, SubsidyApplication.Stage.SUPPLEMENT);
        records.record(
            row,
            "SUPPLEMENT_REQUESTED",
            c.taskId(),
            null,
            letter.id(),
            Map.of("missing", missing),
            c.user().userId());
      }
      case "PASS" -> {
        evidenceCheck.covers(c.user(), row);
        mapper.contentReviewed(row.id, c.user().userId(), false);
        records.stage(row, SubsidyApplication.Stage.CALCULATION_REVIEW);
        records.record(
            row,
            "CONTENT_PASSED",
            c.taskId(),
            null,
            null,
            Map.of("opinion", text(c, "content.opinion")),
            c.user().userId());
      }
      default -> {
        mapper.contentReviewed(row.id, c.user().userId(), false);
        refuse(c, row, market, text(c, "content.opinion"));
      }
    }
  }

  private void calculationReview(Completion c, SubsidyRow row) {
    // never anyone who did the content review, or asked for its missing material
    if (c.user().userId().equals(row.contentReviewer)
        || records.events(row).stream()
            .anyMatch(
                e ->
                    CONTENT_REVIEW_EVENTS.contains(e.kind())
                        && c.user().userId().equals(e.doneBy()))) {
      throw new ForbiddenException("subsidy.review.samePerson");
    }
    boolean pass = "PASS".equals(c.variables().get(SubsidyProcess.VAR_CALCULATION_DECISION));
    String opinion = text(c, "calculation.opinion");
    Market market = markets.find(c.user(), row.marketId);
    mapper.calculationReviewed(row.id, c.user().userId());
    if (!pass) {
      refuse(c, row, market, opinion);
      return;
    }
    // the quote again: another approval of the year may have used part of a cap since filing
    SubsidyQuotes.Quote quote = requote(row);
    records.quoted(row, quote);
    Map<SubsidyItem, SubsidyCorrections.Correction> corrected =
        corrections.parse(text(c, "calculation.corrections"), records.items(row));
    corrected.forEach((item, x) -> mapper.correctItem(row.id, item.name(), x.amount(), x.reason()));
    records.stage(row, SubsidyApplication.Stage.PUBLIC_NOTICE);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("total", checkedTotal(row).toPlainString());
    details.put("corrections", corrected.size());
    details.put("opinion", opinion);
    records.record(row, "CALCULATION_PASSED", c.taskId(), null, null, details, c.user().userId());
  }

  private BigDecimal checkedTotal(SubsidyRow row) {
    return records.items(row).stream()
        .map(SubsidyApplication.Item::checked)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Resolves the oldest open objection: upheld (the application refused) or dismissed. */
  private void resolveObjection(Completion c, SubsidyRow row) {
    ObjectionRow objection =
        mapper.objections(row.id).stream()
            .filter(o -> "OPEN".equals(o.state))
            .findFirst()
            .orElseThrow(() -> new ConflictException("subsidy.objection.none", row.applicationNo));
    String outcome = String.valueOf(c.variables().get(SubsidyProcess.VAR_OBJECTION_OUTCOME));
    String resolution = text(c, "objection.resolution");
    mapper.resolveObjection(objection.id, outcome, resolution, c.user().userId(), clock.instant());
    records.record(
        row,
        "OBJECTION_RESOLVED",
        c.taskId(),
        outcome,
        null,
        Map.of("resolution", resolution),
        c.user().userId());
    if ("UPHELD_REFUSE".equals(outcome)) {
      refuse(c, row, markets.find(c.user(), row.marketId), resolution);
    }
  }

  private void approve(Completion c, SubsidyRow row) {
    boolean approve = "APPROVE".equals(c.variables().get(SubsidyProcess.VAR_APPROVAL_DECISION));
    String reason = text(c, "approval.reason");
    Market market = markets.find(c.user(), row.marketId);
    if (!approve) {
      refuse(c, row, market, reason);
      return;
    }
    payments.approve(c, row, market, () -> requote(row), reason);
  }

  /** Refuses the application at a review, with its notice. */
  private void refuse(Completion c, SubsidyRow row, Market market, String reason) {
    mapper.close(row.id, SubsidyApplication.Outcome.REFUSED.name(), reason, clock.instant());
    var notice =
        documents.store(
            row.ref(),
            "REFUSAL_NOTICE",
            "不予核定补贴告知书-" + row.applicationNo + ".pdf",
            letters.refusal(row, market, reason),
            c.user().userId());
    records.record(
        row, "REFUSED", c.taskId(), null, notice.id(), Map.of("reason", reason), c.user().userId());
    audit.record(
        c.user().userId(),
        "SUBSIDY_REFUSED",
        SubsidyProcess.CASE_TYPE,
        row.applicationNo,
        row.districtId,
        c.taskDefinitionKey());
  }

  /** Closes the application at an end of the process that no step closed (idempotent). */
  public void close(DelegateExecution execution, String outcome) {
    SubsidyRow row = records.of(execution);
    if (mapper.close(row.id, outcome, null, clock.instant()) == 1) {
      records.record(row, "CLOSED", null, outcome, null, Map.of(), CaseTimeline.SYSTEM);
    }
  }

  static String text(Completion c, String target) {
    Object value = c.targets().get(target);
    return value == null ? "" : value.toString().strip();
  }

  /** The person who did the content review, for finance's check (never the same person). */
  static boolean samePerson(LinggongUser user, SubsidyApplication a) {
    return user.userId().equals(a.contentReviewer());
  }
}
