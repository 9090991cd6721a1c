package cn.linggong.subsidy;

import cn.linggong.certification.CertificationGrades;
import cn.linggong.identity.LinggongUser;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MoneyAmounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quote of a market's subsidy for a year (补贴测算): for each claimed item the facts the rules go
 * by — the market's certification and full certified months in the year, whether it is a station,
 * its latest evaluation grade (the rent rate), what was approved for the item before (in the year;
 * the network: ever), what a higher level paid for it, the years of subsidy used — and the payable
 * amount with every rule that decided it. The same quote serves the application, finance's check
 * and the letters.
 */
@Service
public class SubsidyQuotes {

  /** The earliest year a quote is made for. */
  static final int FIRST_YEAR = 2020;

  private final MarketDirectory markets;
  private final CertificationGrades grades;
  private final RentRates rentRates;
  private final SubsidyMapper mapper;
  private final SubsidyProperties properties;
  private final MoneyAmounts money;
  private final Clock clock;
  private final SubsidyRules rules;

  SubsidyQuotes(
      MarketDirectory markets,
      CertificationGrades grades,
      RentRates rentRates,
      SubsidyMapper mapper,
      SubsidyProperties properties,
      MoneyAmounts money,
      Clock clock) {
    this.markets = markets;
    this.grades = grades;
    this.rentRates = rentRates;
    this.mapper = mapper;
    this.properties = properties;
    this.money = money;
    this.clock = clock;
    this.rules = new SubsidyRules(properties);
  }

  /** What a quote is asked for: a market, a calendar year, the claimed amounts. */
  public record Request(Long marketId, Integer year, List<Claim> items) {}

  /** One claimed item: rent actually paid, operating subsidy asked, network cost, … */
  public record Claim(SubsidyItem item, BigDecimal claimed) {}

  /**
   * @param grade the latest evaluation grade the rent rate went by (null: not yet evaluated)
   * @param monthsCertified full months of the year the market was certified
   * @param firstYear the first year of subsidy approved (null: none yet)
   */
  public record Quote(
      long marketId,
      String marketName,
      int year,
      Market.Certification certification,
      boolean station,
      String grade,
      int monthsCertified,
      Integer firstYear,
      int maxYears,
      List<SubsidyRules.Quoted> items,
      BigDecimal total) {}

  @Transactional(readOnly = true)
  public Quote quote(LinggongUser user, Request request) {
    SubsidyPolicy.QUOTE.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (request == null || request.marketId() == null) {
      errors.add("marketId", "validation.required");
    }
    int thisYear = LocalDate.now(clock).getYear();
    if (request == null || request.year() == null) {
      errors.add("year", "validation.required");
    } else if (request.year() < FIRST_YEAR || request.year() > thisYear + 1) {
      errors.add("year", "subsidy.year.range", FIRST_YEAR, thisYear + 1);
    }
    List<Claim> claims = request == null || request.items() == null ? List.of() : request.items();
    if (claims.isEmpty()) {
      errors.add("items", "validation.required");
    }
    Set<SubsidyItem> seen = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      String at = "items[" + i + "]";
      if (c == null || c.item() == null) {
        errors.add(at + ".item", "validation.required");
      } else if (!seen.add(c.item())) {
        errors.add(at + ".item", "subsidy.item.twice");
      }
      if (c == null || c.claimed() == null) {
        errors.add(at + ".claimed", "validation.required");
      } else {
        errors.add(at + ".claimed", money.check(c.claimed()).violation());
      }
    }
    errors.throwIfAny();
    Market market = markets.find(user, request.marketId());
    int year = request.year();
    if (months(markets.certificationPeriods(market.id()), year) == 0) {
      errors.add("marketId", "subsidy.market.notCertified", market.name(), year);
      errors.throwIfAny();
    }
    return price(market, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), claims);
  }

  /**
   * The quote of an application's period (within one calendar year): the months certified within
   * the period, the rest as for the year. For the process's steps and letters (no person's check).
   */
  Quote price(Market market, LocalDate from, LocalDate to, List<Claim> claims) {
    int year = from.getYear();
    List<MarketDirectory.CertificationPeriod> periods = markets.certificationPeriods(market.id());
    int months = months(periods, from, to);
    Market.Certification level = highest(periods, year);
    boolean cityLevel =
        level == Market.Certification.CITY || level == Market.Certification.PROVINCE;
    boolean station = market.kind() == Market.Kind.STATION;
    String grade =
        grades
            .latest(
                market.id(), LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant())
            .orElse(null);
    BigDecimal rentRate = rentRates.rate(grade);
    Integer first = mapper.firstYear(market.id());
    Integer last = mapper.lastYear(market.id());
    // the years of subsidy run from the first approved one: this year, with every year approved,
    // must fit in them (an earlier year than the first moves the window, never widens it)
    boolean yearsUsed =
        first != null && Math.max(last, year) - Math.min(first, year) + 1 > properties.maxYears();
    List<SubsidyRules.Quoted> quoted = new ArrayList<>();
    for (Claim c : claims) {
      String item = c.item().name();
      // what earlier approvals took of the cap: paid by the district, and the higher level's
      // payment set against them
      BigDecimal approved =
          mapper.counted(market.id(), item, c.item() == SubsidyItem.NETWORK ? null : year);
      BigDecimal paidAbove = mapper.higher(market.id(), item, year);
      BigDecimal higher =
          c.item() == SubsidyItem.MATCHING_AWARD
                  || properties.overlap() == SubsidyProperties.Overlap.NOTHING_IF_PAID
              ? paidAbove
              : paidAbove.subtract(mapper.offset(market.id(), item, year)).max(BigDecimal.ZERO);
      quoted.add(
          rules.quote(
              new SubsidyRules.Facts(
                  c.item(),
                  c.claimed(),
                  rentRate,
                  station,
                  certifiedArea(periods, from, to, market),
                  months,
                  approved,
                  higher,
                  yearsUsed,
                  cityLevel)));
    }
    return new Quote(
        market.id(),
        market.name(),
        year,
        level,
        station,
        grade,
        months,
        first,
        properties.maxYears(),
        List.copyOf(quoted),
        quoted.stream().map(SubsidyRules.Quoted::payable).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /**
   * The floor area the operating subsidy goes by: as certified with the latest certification that
   * covers part of the period (the directory's area where the record had none).
   */
  static BigDecimal certifiedArea(
      List<MarketDirectory.CertificationPeriod> periods,
      LocalDate from,
      LocalDate to,
      Market market) {
    BigDecimal area = null;
    for (MarketDirectory.CertificationPeriod p : periods) {
      if (!p.from().isAfter(to) && !p.lastDay().isBefore(from) && p.floorArea() != null) {
        area = p.floorArea();
      }
    }
    if (area == null) {
      area = market.floorArea();
    }
    return area == null ? BigDecimal.ZERO : area;
  }

  /** Full months of the year the market held any certification (periods may follow each other). */
  static int months(List<MarketDirectory.CertificationPeriod> periods, int year) {
    return months(periods, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Full calendar months from {@code from} to {@code to} in which the market was certified. */
  static int months(
      List<MarketDirectory.CertificationPeriod> periods, LocalDate from, LocalDate to) {
    int months = 0;
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(YearMonth.from(to));
        month = month.plusMonths(1)) {
      YearMonth m = month;
      if (SubsidyRules.covers(m, from, to)
          && periods.stream().anyMatch(p -> SubsidyRules.covers(m, p.from(), p.lastDay()))) {
        months++;
      }
    }
    return months;
  }

  /** Whether the market was certified on each day from {@code from} to {@code to}. */
  static boolean certifiedThroughout(
      List<MarketDirectory.CertificationPeriod> periods, LocalDate from, LocalDate to) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      LocalDate d = day;
      if (periods.stream().noneMatch(p -> !p.from().isAfter(d) && !p.lastDay().isBefore(d))) {
        return false;
      }
    }
    return true;
  }

  private static Market.Certification highest(
      List<MarketDirectory.CertificationPeriod> periods, int year) {
    EnumSet<Market.Certification> held = EnumSet.noneOf(Market.Certification.class);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    for (MarketDirectory.CertificationPeriod p : periods) {
      if (!p.from().isAfter(last)
          && !p.lastDay().isBefore(first)
          && !p.lastDay().isBefore(p.from())) {
        held.add(p.certification());
      }
    }
    return held.isEmpty()
        ? Market.Certification.NONE
        : held.stream().max(Enum::compareTo).orElse(Market.Certification.NONE);
  }
}
