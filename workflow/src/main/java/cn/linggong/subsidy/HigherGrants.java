package cn.linggong.subsidy;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MoneyAmounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a higher level (the city, the province) paid a market for an item and year, which 就高不重复 sets
 * against the district's subsidy: declared by the market with its application, or recorded by
 * finance; each with the paying body and its document number.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HigherGrants {

  static final int TEXT_MAX = 100;

  private final SubsidyApplicationMapper mapper;
  private final MarketDirectory markets;
  private final MoneyAmounts money;
  private final AuditService audit;
  private final Clock clock;

  /** A higher level's payment to a market. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "SubsidyHigherGrant")
  public record Grant(
      Long marketId,
      SubsidyItem item,
      Integer year,
      BigDecimal amount,
      String grantedBy,
      String documentNo) {}

  /** A recorded grant: declared with an application (DECLARED) or recorded by finance (FINANCE). */
  public record Recorded(
      SubsidyItem item,
      int year,
      BigDecimal amount,
      String grantedBy,
      String documentNo,
      String source,
      Instant recordedAt,
      String recordedBy) {}

  @Transactional
  public Recorded record(LinggongUser user, Grant grant) {
    SubsidyPolicy.RECORD_HIGHER_GRANT.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (grant == null || grant.marketId() == null) {
      errors.add("marketId", "validation.required");
    }
    check("", grant, errors);
    errors.throwIfAny();
    Market market = markets.find(user, grant.marketId());
    Grant stored = normalised(grant, market.id());
    if (known(stored)) {
      throw InvalidInputException.of(
          "documentNo", "subsidy.higherGrant.known", stored.documentNo());
    }
    mapper.insertHigherGrant(stored, "FINANCE", null, clock.instant(), user.userId());
    audit.record(
        user.userId(),
        "SUBSIDY_HIGHER_GRANT",
        "market",
        String.valueOf(market.id()),
        market.districtId(),
        grant.item().name() + " " + grant.year() + " " + grant.documentNo().strip());
    return list(user, market.id()).get(list(user, market.id()).size() - 1);
  }

  @Transactional(readOnly = true)
  public List<Recorded> list(LinggongUser user, long marketId) {
    SubsidyPolicy.VIEW.check(user);
    return mapper.higherGrants(markets.find(user, marketId).id());
  }

  /** Checks one grant's fields; {@code at} prefixes the field names (e.g. "higherGrants[0]."). */
  void check(String at, Grant g, InvalidInputException.Collector errors) {
    if (g == null) {
      errors.add(at.isEmpty() ? "item" : at.substring(0, at.length() - 1), "validation.required");
      return;
    }
    if (g.item() == null) {
      errors.add(at + "item", "validation.required");
    }
    int thisYear = LocalDate.now(clock).getYear();
    if (g.year() == null) {
      errors.add(at + "year", "validation.required");
    } else if (g.year() < SubsidyQuotes.FIRST_YEAR || g.year() > thisYear) {
      errors.add(at + "year", "subsidy.year.range", SubsidyQuotes.FIRST_YEAR, thisYear);
    }
    if (g.amount() == null) {
      errors.add(at + "amount", "validation.required");
    } else if (g.amount().signum() == 0) {
      errors.add(at + "amount", "subsidy.amount.positive");
    } else {
      errors.add(at + "amount", money.check(g.amount()).violation());
    }
    errors.requireText(at + "grantedBy", g.grantedBy());
    errors.maxLength(at + "grantedBy", g.grantedBy(), TEXT_MAX);
    errors.requireText(at + "documentNo", g.documentNo());
    errors.maxLength(at + "documentNo", g.documentNo(), TEXT_MAX);
  }

  /** Keeps a grant the market declared with its application. */
  void declared(Grant g, long marketId, long applicationId, String userId) {
    mapper.insertHigherGrant(
        normalised(g, marketId), "DECLARED", applicationId, clock.instant(), userId);
  }

  /** Whether this document's grant for the item and year is already kept for the market. */
  boolean known(Grant g) {
    return mapper.higherGrants(g.marketId()).stream()
        .anyMatch(
            r ->
                r.item() == g.item()
                    && r.year() == g.year()
                    && r.documentNo().equals(g.documentNo().strip()));
  }

  private static Grant normalised(Grant g, long marketId) {
    return new Grant(
        marketId,
        g.item(),
        g.year(),
        g.amount().setScale(2),
        g.grantedBy().strip(),
        g.documentNo().strip());
  }
}
