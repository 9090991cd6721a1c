package cn.linggong.subsidy;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseTimeline;
import cn.linggong.inbox.CompletionHandler.Completion;
import cn.linggong.market.Market;
import cn.linggong.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * The money steps of an application, in the same transaction as their task's completion: the
 * supervisor's approval of the checked amounts within what the rules give now, charged to the
 * district's budget of the year (the approved items later quotes count, the notice of approval),
 * and each disbursement finance records up to the approved amount, closing the application once it
 * is paid.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubsidyPayments {

  private final SubsidyRecords records;
  private final SubsidyApplicationMapper mapper;
  private final SubsidyBudgets budgets;
  private final SubsidyLetters letters;
  private final CaseDocuments documents;
  private final AuditService audit;
  private final Clock clock;

  /** Approves the checked amounts, each within a quote made once the market is locked. */
  void approve(
      Completion c,
      SubsidyRow row,
      Market market,
      java.util.function.Supplier<SubsidyQuotes.Quote> quote,
      String reason) {
    // one approval of a market at a time: the quote then sees every approval committed before it
    // (two approvals of one year never both take the whole cap)
    mapper.lockMarket(row.marketId);
    SubsidyQuotes.Quote now = quote.get();
    // what was checked, within what the rules give now (another approval of the year may have
    // used part of a cap since the calculation review)
    Map<SubsidyItem, SubsidyRules.Quoted> fresh = new LinkedHashMap<>();
    now.items().forEach(q -> fresh.put(q.item(), q));
    BigDecimal total = BigDecimal.ZERO;
    Map<SubsidyItem, BigDecimal> approved = new LinkedHashMap<>();
    for (SubsidyApplication.Item i : records.items(row)) {
      BigDecimal amount = i.checked().min(fresh.get(i.item()).payable());
      approved.put(i.item(), amount);
      total = total.add(amount);
    }
    if (total.signum() == 0) {
      throw InvalidInputException.of("approvalDecision", "subsidy.approval.nothing");
    }
    int budgetYear = LocalDate.now(clock).getYear();
    budgets.charge(row.districtId, budgetYear, total, "approvalDecision");
    for (Map.Entry<SubsidyItem, BigDecimal> e : approved.entrySet()) {
      BigDecimal offset = fresh.get(e.getKey()).higherOffset();
      mapper.approveItem(row.id, e.getKey().name(), e.getValue(), offset);
      if (e.getValue().signum() > 0 || offset.signum() > 0) {
        mapper.insertApprovedItem(
            row.id,
            row.marketId,
            e.getKey().name(),
            row.subsidyYear,
            e.getValue(),
            offset,
            clock.instant(),
            c.user().userId());
      }
    }
    mapper.approve(row.id, total, clock.instant(), c.user().userId(), budgetYear, reason);
    SubsidyRow approvedRow = records.byId(row.id);
    var notice =
        documents.store(
            row.ref(),
            "APPROVAL_NOTICE",
            "补贴核定通知书-" + row.applicationNo + ".pdf",
            letters.approval(approvedRow, market, records.items(approvedRow), total, reason),
            c.user().userId());
    records.record(
        row,
        "APPROVED",
        c.taskId(),
        null,
        notice.id(),
        Map.of("total", total.toPlainString(), "reason", reason),
        c.user().userId());
    audit.record(
        c.user().userId(),
        "SUBSIDY_APPROVED",
        SubsidyProcess.CASE_TYPE,
        row.applicationNo,
        row.districtId,
        total.toPlainString());
  }

  void disburse(Completion c, SubsidyRow row) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String voucher = SubsidySteps.text(c, "disbursement.voucher");
    if (!voucher.isEmpty() && mapper.voucherUsed(voucher) > 0) {
      errors.add("voucherNo", "subsidy.disbursement.voucherUsed", voucher);
    }
    LocalDate paidOn = c.targets().get("disbursement.date") instanceof LocalDate d ? d : null;
    LocalDate approvedOn = LocalDate.ofInstant(row.approvedAt, clock.getZone());
    if (paidOn == null) {
      errors.add("paidOn", "validation.required");
    } else if (paidOn.isAfter(LocalDate.now(clock))) {
      errors.add("paidOn", "subsidy.disbursement.future");
    } else if (paidOn.isBefore(approvedOn)) {
      errors.add("paidOn", "subsidy.disbursement.beforeApproval", approvedOn);
    }
    BigDecimal amount =
        c.targets().get("disbursement.amount") instanceof BigDecimal a ? a.setScale(2) : null;
    BigDecimal paid =
        mapper.disbursements(row.id).stream()
            .map(SubsidyApplication.Disbursement::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal left = row.approvedTotal.subtract(paid);
    if (amount == null) {
      errors.add("amount", "validation.required");
    } else if (amount.signum() <= 0) {
      errors.add("amount", "subsidy.amount.positive");
    } else if (amount.compareTo(left) > 0) {
      errors.add("amount", "subsidy.disbursement.aboveApproved", row.approvedTotal, paid, left);
    }
    String account = SubsidySteps.text(c, "disbursement.account");
    errors.throwIfAny();
    mapper.insertDisbursement(
        row.id,
        new SubsidyApplication.Disbursement(
            voucher,
            paidOn,
            amount,
            account.isEmpty() ? row.account : account,
            clock.instant(),
            c.user().userId()));
    boolean fullyPaid = amount.compareTo(left) == 0;
    c.variables().put(SubsidyProcess.VAR_FULLY_PAID, fullyPaid);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("voucher", voucher);
    details.put("amount", amount.toPlainString());
    details.put("left", left.subtract(amount).toPlainString());
    records.record(
        row,
        "DISBURSED",
        c.taskId(),
        fullyPaid ? "FULL" : "PART",
        null,
        details,
        c.user().userId());
    audit.record(
        c.user().userId(),
        "SUBSIDY_DISBURSED",
        SubsidyProcess.CASE_TYPE,
        row.applicationNo,
        row.districtId,
        voucher + " " + amount.toPlainString());
    if (fullyPaid) {
      mapper.close(row.id, SubsidyApplication.Outcome.PAID.name(), null, clock.instant());
      records.record(row, "CLOSED", null, "PAID", null, Map.of(), CaseTimeline.SYSTEM);
    }
  }
}
