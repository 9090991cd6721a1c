package cn.linggong.subsidy;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseOwners;
import cn.linggong.casefile.Uploads;
import cn.linggong.engine.EngineSettings;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.cases.CaseNumbers;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MoneyAmounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 补贴申请: a district bureau files a certified market's application (brought by its operator, or on
 * its behalf) for a period within one calendar year and within the market's certification, with the
 * claimed items, the account to pay and the higher-level grants received; then adds the evidence —
 * the lease, rent receipts and network invoices with their amounts, dates and numbers, the floor
 * plan — each file checked and kept encrypted with the application.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubsidyFilings {

  static final int CONTACT_MAX = 64;
  static final int ACCOUNT_MAX = 100;
  static final int STATEMENT_MAX = 1000;
  static final int REFERENCE_MAX = 64;

  private final SubsidyApplicationMapper mapper;
  private final SubsidyRecords records;
  private final HigherGrants higherGrants;
  private final MarketDirectory markets;
  private final CaseNumbers numbers;
  private final CaseOwners owners;
  private final CaseDocuments documents;
  private final MoneyAmounts money;
  private final SubsidyApplicationProperties properties;
  private final RuntimeService runtime;
  private final AuditService audit;
  private final Clock clock;

  /** What the district bureau files. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "SubsidyFiling")
  public record Filing(
      Long marketId,
      LocalDate periodFrom,
      LocalDate periodTo,
      SubsidyApplication.SubmittedBy submittedBy,
      String operatorContact,
      String account,
      String statement,
      List<SubsidyQuotes.Claim> items,
      List<HigherGrants.Grant> higherGrants) {}

  /** One receipt, invoice or document (the file comes with it). */
  @io.swagger.v3.oas.annotations.media.Schema(name = "SubsidyEvidence")
  public record EvidenceFiling(
      SubsidyApplication.EvidenceKind kind,
      BigDecimal amount,
      LocalDate dated,
      String referenceNo) {}

  /**
   * What a new application of the market starts from: a period the market was certified throughout
   * (last calendar year, or this year's full certified months up to the end of last month; null
   * where there is none) and the account of its latest application.
   */
  public record Draft(LocalDate periodFrom, LocalDate periodTo, String account) {}

  @Transactional(readOnly = true)
  public Draft draft(LinggongUser user, long marketId) {
    SubsidyPolicy.FILE.check(user);
    Market market = markets.find(user, marketId);
    List<cn.linggong.market.MarketDirectory.CertificationPeriod> periods =
        markets.certificationPeriods(market.id());
    LocalDate today = LocalDate.now(clock);
    LocalDate from = null;
    LocalDate to = null;
    LocalDate lastYearFrom = LocalDate.of(today.getYear() - 1, 1, 1);
    LocalDate lastYearTo = LocalDate.of(today.getYear() - 1, 12, 31);
    if (SubsidyQuotes.certifiedThroughout(periods, lastYearFrom, lastYearTo)) {
      from = lastYearFrom;
      to = lastYearTo;
    } else {
      LocalDate end = today.withDayOfMonth(1).minusDays(1);
      for (var p : periods) {
        LocalDate start =
            p.from().getDayOfMonth() == 1 ? p.from() : p.from().plusMonths(1).withDayOfMonth(1);
        LocalDate f =
            start.isBefore(LocalDate.of(end.getYear(), 1, 1))
                ? LocalDate.of(end.getYear(), 1, 1)
                : start;
        LocalDate t = p.lastDay().isBefore(end) ? p.lastDay() : end;
        if (!f.isAfter(t) && f.getYear() == t.getYear()) {
          from = f;
          to = t;
        }
      }
    }
    String account =
        mapper.ofMarket(market.id()).stream().reduce((a, b) -> b).map(r -> r.account).orElse(null);
    return new Draft(from, to, account);
  }

  @Transactional
  public SubsidyApplication file(LinggongUser user, Filing f) {
    SubsidyPolicy.FILE.check(user);
    if (f == null || f.marketId() == null) {
      throw InvalidInputException.of("marketId", "validation.required");
    }
    Market market = markets.find(user, f.marketId());
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    period(market, f.periodFrom(), f.periodTo(), errors);
    if (f.submittedBy() == null) {
      errors.add("submittedBy", "validation.required");
    } else if (f.submittedBy() == SubsidyApplication.SubmittedBy.OPERATOR) {
      errors.requireText("operatorContact", f.operatorContact());
    }
    errors.maxLength("operatorContact", f.operatorContact(), CONTACT_MAX);
    errors.requireText("account", f.account());
    errors.maxLength("account", f.account(), ACCOUNT_MAX);
    errors.maxLength("statement", f.statement(), STATEMENT_MAX);
    Map<SubsidyItem, BigDecimal> claimed = claims(f.items(), errors);
    List<HigherGrants.Grant> grants = f.higherGrants() == null ? List.of() : f.higherGrants();
    for (int i = 0; i < grants.size(); i++) {
      higherGrants.check("higherGrants[" + i + "].", grants.get(i), errors);
    }
    errors.throwIfAny();
    List<String> overlapping = mapper.overlapping(market.id(), f.periodFrom(), f.periodTo());
    if (!overlapping.isEmpty()) {
      throw InvalidInputException.of(
          "periodFrom", "subsidy.period.overlaps", String.join("、", overlapping));
    }
    SubsidyRow row = new SubsidyRow();
    row.applicationNo = numbers.next(properties.numberPrefix());
    row.marketId = market.id();
    row.districtId = market.districtId();
    row.subsidyYear = f.periodFrom().getYear();
    row.periodFrom = f.periodFrom();
    row.periodTo = f.periodTo();
    row.submittedBy = f.submittedBy().name();
    row.operatorContact = blankToNull(f.operatorContact());
    row.account = f.account().strip();
    row.statement = blankToNull(f.statement());
    row.stage = SubsidyApplication.Stage.CONTENT_REVIEW.name();
    row.filedAt = clock.instant();
    row.filedBy = user.userId();
    mapper.insert(row);
    claimed.forEach((item, amount) -> mapper.insertItem(row.id, item.name(), amount));
    for (HigherGrants.Grant g : grants) {
      HigherGrants.Grant forMarket =
          new HigherGrants.Grant(
              market.id(), g.item(), g.year(), g.amount(), g.grantedBy(), g.documentNo());
      if (!higherGrants.known(forMarket)) {
        higherGrants.declared(forMarket, market.id(), row.id, user.userId());
      }
    }
    SubsidyRow stored = records.byId(row.id);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("period", f.periodFrom() + "/" + f.periodTo());
    details.put("items", String.join(",", claimed.keySet().stream().map(Enum::name).toList()));
    records.record(stored, "FILED", null, f.submittedBy().name(), null, details, user.userId());
    String owner = owners.opened(stored.ref(), user, Roles.CASEWORKER);
    String pid =
        runtime
            .createProcessInstanceByKey(SubsidyProcess.KEY)
            .processDefinitionWithoutTenantId()
            .businessKey(row.applicationNo)
            .setVariables(
                Variables.createVariables()
                    .putValue(CaseOwners.VARIABLE, owner)
                    .putValue(SubsidyProcess.VAR_APPLICATION_ID, row.id)
                    .putValue(EngineSettings.DISTRICT_VARIABLE, row.districtId))
            .execute()
            .getProcessInstanceId();
    mapper.setProcessInstance(row.id, pid);
    audit.record(
        user.userId(),
        "SUBSIDY_FILED",
        SubsidyProcess.CASE_TYPE,
        row.applicationNo,
        row.districtId,
        String.valueOf(market.id()));
    return records.byId(row.id).view();
  }

  /**
   * The period: both days given, within one calendar year, not in the future, and the market
   * certified on each of its days.
   */
  private void period(
      Market market, LocalDate from, LocalDate to, InvalidInputException.Collector errors) {
    if (from == null) {
      errors.add("periodFrom", "validation.required");
    }
    if (to == null) {
      errors.add("periodTo", "validation.required");
    }
    if (from == null || to == null) {
      return;
    }
    if (to.isBefore(from)) {
      errors.add("periodTo", "subsidy.period.order");
    } else if (from.getYear() != to.getYear()) {
      errors.add("periodTo", "subsidy.period.oneYear", from.getYear());
    } else if (from.getYear() < SubsidyQuotes.FIRST_YEAR) {
      errors.add(
          "periodFrom",
          "subsidy.year.range",
          SubsidyQuotes.FIRST_YEAR,
          LocalDate.now(clock).getYear());
    } else if (to.isAfter(LocalDate.now(clock))) {
      errors.add("periodTo", "subsidy.period.future");
    } else {
      List<cn.linggong.market.MarketDirectory.CertificationPeriod> periods =
          markets.certificationPeriods(market.id());
      if (periods.isEmpty()) {
        errors.add("marketId", "subsidy.market.notCertified", market.name(), from.getYear());
      } else if (!SubsidyQuotes.certifiedThroughout(periods, from, to)) {
        errors.add(
            "periodFrom",
            "subsidy.period.notCertified",
            String.join(
                "、",
                periods.stream()
                    .filter(p -> !p.lastDay().isBefore(p.from()))
                    .map(p -> p.from() + "～" + p.lastDay())
                    .toList()));
      }
    }
  }

  private Map<SubsidyItem, BigDecimal> claims(
      List<SubsidyQuotes.Claim> items, InvalidInputException.Collector errors) {
    Map<SubsidyItem, BigDecimal> claimed = new LinkedHashMap<>();
    if (items == null || items.isEmpty()) {
      errors.add("items", "subsidy.items.required");
      return claimed;
    }
    for (int i = 0; i < items.size(); i++) {
      SubsidyQuotes.Claim c = items.get(i);
      String at = "items[" + i + "]";
      if (c == null || c.item() == null) {
        errors.add(at + ".item", "validation.required");
      } else if (claimed.containsKey(c.item())) {
        errors.add(at + ".item", "subsidy.item.twice");
      }
      if (c == null || c.claimed() == null) {
        errors.add(at + ".claimed", "validation.required");
      } else if (c.claimed().signum() == 0) {
        errors.add(at + ".claimed", "subsidy.amount.positive");
      } else {
        MoneyAmounts.Result checked = money.check(c.claimed());
        errors.add(at + ".claimed", checked.violation());
        if (checked.valid() && c.item() != null && !claimed.containsKey(c.item())) {
          claimed.put(c.item(), checked.amount());
        }
      }
    }
    return claimed;
  }

  /** Stages at which evidence may still be added: before and during the content review. */
  private static final Set<SubsidyApplication.Stage> OPEN_FOR_EVIDENCE =
      EnumSet.of(SubsidyApplication.Stage.CONTENT_REVIEW, SubsidyApplication.Stage.SUPPLEMENT);

  /**
   * Adds a receipt, invoice or document: receipts and invoices with their amount, their date within
   * the application's period and their number; the file's type and size checked, kept encrypted.
   */
  @Transactional
  public SubsidyApplication.Evidence attach(
      LinggongUser user,
      String applicationNo,
      EvidenceFiling e,
      String fileName,
      String contentType,
      byte[] content) {
    SubsidyPolicy.FILE.check(user);
    SubsidyRow row = records.visible(user, applicationNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    SubsidyApplication.EvidenceKind kind = e == null ? null : e.kind();
    if (kind == null) {
      errors.add("kind", "validation.required");
    }
    BigDecimal amount = null;
    if (e != null && e.amount() != null) {
      if (e.amount().signum() == 0) {
        errors.add("amount", "subsidy.amount.positive");
      } else {
        MoneyAmounts.Result checked = money.check(e.amount());
        errors.add("amount", checked.violation());
        amount = checked.amount();
      }
    } else if (kind != null && kind.priced()) {
      errors.add("amount", "validation.required");
    }
    if (e != null && e.dated() != null) {
      if (e.dated().isBefore(row.periodFrom) || e.dated().isAfter(row.periodTo)) {
        errors.add("dated", "subsidy.evidence.outsidePeriod", row.periodFrom, row.periodTo);
      }
    } else if (kind != null && kind.priced()) {
      errors.add("dated", "validation.required");
    }
    if (kind != null && kind.priced()) {
      errors.requireText("referenceNo", e.referenceNo());
    }
    errors.maxLength("referenceNo", e == null ? null : e.referenceNo(), REFERENCE_MAX);
    String name =
        Uploads.check(
            errors,
            "file",
            new Uploads.Upload(fileName, contentType, content),
            properties.evidenceTypes(),
            properties.evidenceMaxSize());
    errors.throwIfAny();
    if (!SubsidyApplication.State.OPEN.name().equals(row.state)
        || !OPEN_FOR_EVIDENCE.contains(SubsidyApplication.Stage.valueOf(row.stage))) {
      throw new ConflictException("subsidy.evidence.closed", row.applicationNo);
    }
    String reference = blankToNull(e.referenceNo());
    if (reference != null
        && mapper.evidence(row.id).stream()
            .anyMatch(x -> x.kind() == kind && reference.equals(x.referenceNo()))) {
      throw InvalidInputException.of("referenceNo", "subsidy.evidence.twice", reference);
    }
    CaseDocument stored =
        documents.store(
            row.ref(),
            "EVIDENCE_" + kind.name(),
            name,
            new Uploads.Upload(name, contentType, content).type(),
            content,
            user.userId());
    SubsidyApplication.Evidence evidence =
        new SubsidyApplication.Evidence(
            0, kind, amount, e.dated(), reference, stored.id(), clock.instant(), user.userId());
    mapper.insertEvidence(row.id, evidence);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("fileName", name);
    if (amount != null) {
      details.put("amount", amount.toPlainString());
    }
    records.record(row, "EVIDENCE_ADDED", null, kind.name(), stored.id(), details, user.userId());
    audit.record(
        user.userId(),
        "SUBSIDY_EVIDENCE",
        SubsidyProcess.CASE_TYPE,
        row.applicationNo,
        row.districtId,
        kind.name());
    return mapper.evidence(row.id).stream()
        .filter(x -> x.documentId() == stored.id())
        .findFirst()
        .orElseThrow();
  }

  /** The missing material asked for once has come in: back to the content review. */
  @Transactional
  public SubsidyApplication supplied(LinggongUser user, String applicationNo) {
    SubsidyPolicy.FILE.check(user);
    SubsidyRow row = records.visible(user, applicationNo);
    if (!SubsidyApplication.Stage.SUPPLEMENT.name().equals(row.stage)) {
      throw new ConflictException("subsidy.supplement.notAsked", row.applicationNo);
    }
    records.stage(row, SubsidyApplication.Stage.CONTENT_REVIEW);
    records.record(row, "SUPPLIED", null, null, null, Map.of(), user.userId());
    runtime
        .createMessageCorrelation(SubsidyProcess.MESSAGE_SUPPLIED)
        .processInstanceId(row.processInstanceId)
        .correlate();
    return records.byId(row.id).view();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
