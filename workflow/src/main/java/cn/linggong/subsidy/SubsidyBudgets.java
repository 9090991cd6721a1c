package cn.linggong.subsidy;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MoneyAmounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each district's annual budget for market subsidies from the employment-subsidy fund (就业补助资金): set
 * by finance, with what approvals committed of it and what was paid. An approval is charged to the
 * budget of the year it is approved in, and refused when it would exceed what remains.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubsidyBudgets {

  static final int DOCUMENT_MAX = 100;

  private final SubsidyApplicationMapper mapper;
  private final Districts districts;
  private final MoneyAmounts money;
  private final AuditService audit;
  private final Clock clock;

  /** What finance sets: the amount and the document that allocated it. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "SubsidyBudgetChange")
  public record Change(BigDecimal amount, String documentNo) {}

  /** A district's budget of a year with what was approved and paid from it. */
  public record Budget(
      String districtId,
      String districtName,
      int year,
      BigDecimal amount,
      String documentNo,
      BigDecimal approved,
      BigDecimal disbursed,
      BigDecimal remaining) {}

  @Transactional
  public Budget set(LinggongUser user, String districtId, int year, Change change) {
    SubsidyPolicy.SET_BUDGET.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (districts.district(districtId).isEmpty()) {
      errors.add("districtId", "subsidy.budget.district", districtId);
    } else if (!user.cityLevel() && !districtId.equals(user.districtId())) {
      errors.add("districtId", "subsidy.budget.otherDistrict");
    }
    year(year, errors);
    BigDecimal amount = null;
    if (change == null || change.amount() == null) {
      errors.add("amount", "validation.required");
    } else {
      MoneyAmounts.Result checked = money.check(change.amount());
      errors.add("amount", checked.violation());
      amount = checked.amount();
    }
    String document = change == null ? null : change.documentNo();
    errors.maxLength("documentNo", document, DOCUMENT_MAX);
    errors.throwIfAny();
    BigDecimal committed = mapper.committed(districtId, year);
    if (amount.compareTo(committed) < 0) {
      throw InvalidInputException.of("amount", "subsidy.budget.belowApproved", committed);
    }
    String doc = document == null || document.isBlank() ? null : document.strip();
    var row =
        new SubsidyApplicationMapper.BudgetSet(
            districtId, year, amount, doc, clock.instant(), user.userId());
    if (mapper.updateBudget(row) == 0) {
      mapper.insertBudget(row);
    }
    audit.record(
        user.userId(),
        "SUBSIDY_BUDGET",
        "district",
        districtId,
        districtId,
        year + " " + amount.toPlainString());
    return budget(districtId, year);
  }

  /** Every district's budget of the year (a district user: the own district's). */
  @Transactional(readOnly = true)
  public List<Budget> of(LinggongUser user, int year) {
    SubsidyPolicy.VIEW_BUDGET.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    year(year, errors);
    errors.throwIfAny();
    Map<String, SubsidyApplicationMapper.BudgetRow> set =
        mapper.budgets(year).stream()
            .collect(Collectors.toMap(b -> b.districtId, Function.identity()));
    return districts.districts().stream()
        .filter(d -> user.cityLevel() || d.id().equals(user.districtId()))
        .map(d -> budget(d, year, set.get(d.id())))
        .toList();
  }

  Budget budget(String districtId, int year) {
    District d = districts.district(districtId).orElseThrow();
    return budget(
        d,
        year,
        mapper.budgets(year).stream()
            .filter(b -> b.districtId.equals(districtId))
            .findFirst()
            .orElse(null));
  }

  private Budget budget(District d, int year, SubsidyApplicationMapper.BudgetRow row) {
    BigDecimal amount = row == null ? BigDecimal.ZERO.setScale(2) : row.amount;
    BigDecimal approved = mapper.committed(d.id(), year);
    return new Budget(
        d.id(),
        d.name(),
        year,
        amount,
        row == null ? null : row.documentNo,
        approved,
        mapper.disbursed(d.id(), year),
        amount.subtract(approved));
  }

  /**
   * Refuses an approval of {@code total} that the district's budget of the year cannot carry, with
   * the figures: the budget, what approvals committed of it, what remains.
   */
  void charge(String districtId, int year, BigDecimal total, String field) {
    // the budget's row stays locked until the approval commits: approvals of the district are
    // charged one after the other
    BigDecimal locked = mapper.lockBudget(districtId, year);
    Budget b = budget(districtId, year);
    if (locked == null) {
      throw InvalidInputException.of(field, "subsidy.budget.none", b.districtName(), year);
    }
    if (total.compareTo(b.remaining()) > 0) {
      throw InvalidInputException.of(
          field,
          "subsidy.budget.exceeded",
          b.districtName(),
          year,
          b.amount(),
          b.approved(),
          b.remaining(),
          total);
    }
  }

  private void year(int year, InvalidInputException.Collector errors) {
    int thisYear = LocalDate.now(clock).getYear();
    if (year < SubsidyQuotes.FIRST_YEAR || year > thisYear + 1) {
      errors.add("year", "subsidy.year.range", SubsidyQuotes.FIRST_YEAR, thisYear + 1);
    }
  }
}
