package cn.linggong.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of one item of a subsidy quote, from the facts the quote service gathers: the rate
 * or rule that makes the base, the cap left for the year (for the network: ever) after what was
 * approved before, the years of subsidy used, and 就高不重复 against the higher level's payment. Amounts
 * stay exact until the item's end, where they are rounded half-up to the fen. Every rule that
 * decided or cut the figure is named ({@link Rule}), in the order it applied.
 */
public final class SubsidyRules {

  private static final int FEN = 2;

  private final SubsidyProperties money;

  public SubsidyRules(SubsidyProperties money) {
    this.money = money;
  }

  /** What decided an item's figure, for the screens and letters to say beside it. */
  public enum Rule {
    /** 场地租金 × the rate of the latest evaluation grade. */
    RENT_RATE,
    /** A station's (零工驿站) lower rent cap. */
    STATION_CAP,
    /** 20 元/m²/月 × floor area × months certified within the year. */
    OPERATING_MONTHS,
    /** 50 % of the network's actual build cost. */
    NETWORK_SHARE,
    /** The monitoring subsidy's fixed amount. */
    MONITORING_AMOUNT,
    /** 1:1 of the higher level's award. */
    MATCHING_HIGHER_AWARD,
    /** Claimed above what the rule gives. */
    CLAIM_ABOVE_RULE,
    /** The annual cap (network: the one-off cap) reached or cut the figure. */
    CAP,
    /** Earlier approvals of the year (network: of any year) used part or all of the cap. */
    CAP_SHARED,
    /** The market's years of subsidy are used up. */
    YEARS_USED,
    /** The market is not certified at city level or above (matching award). */
    NOT_CITY_LEVEL,
    /** 就高不重复: only what exceeds the higher level's payment. */
    HIGHER_DIFFERENCE,
    /** 就高不重复: nothing, the higher level paid for the item. */
    HIGHER_PAID
  }

  /**
   * What the quote knows of one item.
   *
   * @param claimed what the market claims: rent actually paid, the operating subsidy asked, the
   *     network's actual cost, the monitoring subsidy, the matching award
   * @param rentRate the rent rate of the latest evaluation grade (DMN)
   * @param station whether the market is a station (零工驿站 / 特色零工集市)
   * @param floorArea the certified floor area in m²
   * @param monthsCertified full months of the year the market was certified
   * @param approvedBefore approved for this item before: in the year (network: in any year)
   * @param higherLevel what a higher level paid for this item and year, not yet set against an
   *     approval (matching award: the higher level's award)
   * @param yearsUsed whether this year lies beyond the market's years of subsidy
   * @param cityLevel whether the market is certified at city level or above
   */
  @lombok.With
  public record Facts(
      SubsidyItem item,
      BigDecimal claimed,
      BigDecimal rentRate,
      boolean station,
      BigDecimal floorArea,
      int monthsCertified,
      BigDecimal approvedBefore,
      BigDecimal higherLevel,
      boolean yearsUsed,
      boolean cityLevel) {}

  /**
   * One item of a quote.
   *
   * @param rate the rate applied (rent, network), or null
   * @param cap the cap of the item, or null where none applies
   * @param payable what the district pays, to the fen
   * @param higherOffset the part of the higher level's payment set against this item
   */
  public record Quoted(
      SubsidyItem item,
      BigDecimal claimed,
      BigDecimal rate,
      BigDecimal cap,
      BigDecimal approvedBefore,
      BigDecimal higherLevel,
      BigDecimal payable,
      BigDecimal higherOffset,
      List<Rule> rules) {}

  public Quoted quote(Facts f) {
    List<Rule> rules = new ArrayList<>();
    BigDecimal rate = null;
    BigDecimal cap = null;
    BigDecimal base;
    if (f.item().limitedInYears() && f.yearsUsed()) {
      rules.add(Rule.YEARS_USED);
      return quoted(f, rate, cap, BigDecimal.ZERO, BigDecimal.ZERO, rules);
    }
    switch (f.item()) {
      case RENT -> {
        rate = f.rentRate();
        base = f.claimed().multiply(rate);
        rules.add(Rule.RENT_RATE);
        cap = f.station() ? money.stationRentCap() : money.rentCap();
        if (f.station()) {
          rules.add(Rule.STATION_CAP);
        }
      }
      case OPERATING -> {
        BigDecimal rule =
            money
                .operatingPerSquareMetreMonth()
                .multiply(f.floorArea())
                .multiply(BigDecimal.valueOf(f.monthsCertified()));
        rules.add(Rule.OPERATING_MONTHS);
        base = atMost(f.claimed(), rule, rules);
        cap = money.operatingCap();
      }
      case NETWORK -> {
        rate = money.networkShare();
        base = f.claimed().multiply(rate);
        rules.add(Rule.NETWORK_SHARE);
        cap = money.networkCap();
      }
      case MONITORING -> {
        rules.add(Rule.MONITORING_AMOUNT);
        base = atMost(f.claimed(), money.monitoringAmount(), rules);
        cap = money.monitoringAmount();
      }
      case MATCHING_AWARD -> {
        if (!f.cityLevel()) {
          rules.add(Rule.NOT_CITY_LEVEL);
          return quoted(f, rate, cap, BigDecimal.ZERO, BigDecimal.ZERO, rules);
        }
        rules.add(Rule.MATCHING_HIGHER_AWARD);
        base =
            atMost(
                f.claimed(),
                f.higherLevel().subtract(f.approvedBefore()).max(BigDecimal.ZERO),
                rules);
        return quoted(f, rate, cap, round(base), BigDecimal.ZERO, rules);
      }
      default -> throw new IllegalArgumentException(f.item().name());
    }
    BigDecimal left = cap.subtract(f.approvedBefore()).max(BigDecimal.ZERO);
    BigDecimal entitled = base;
    if (base.compareTo(left) > 0) {
      entitled = left;
      rules.add(f.approvedBefore().signum() > 0 ? Rule.CAP_SHARED : Rule.CAP);
    }
    BigDecimal offset = BigDecimal.ZERO;
    BigDecimal payable = entitled;
    if (f.higherLevel().signum() > 0 && entitled.signum() > 0) {
      if (money.overlap() == SubsidyProperties.Overlap.NOTHING_IF_PAID) {
        rules.add(Rule.HIGHER_PAID);
        offset = f.higherLevel().min(entitled);
        payable = BigDecimal.ZERO;
      } else {
        rules.add(Rule.HIGHER_DIFFERENCE);
        offset = f.higherLevel().min(entitled);
        payable = entitled.subtract(offset);
      }
    }
    return quoted(f, rate, cap, round(payable), round(offset), rules);
  }

  /**
   * Full calendar months of {@code year} within a certification running {@code from} to {@code
   * until} (both days included): a month counts when the market was certified on each of its days.
   */
  public static int fullMonths(int year, LocalDate from, LocalDate until) {
    int months = 0;
    for (int m = 1; m <= 12; m++) {
      if (covers(YearMonth.of(year, m), from, until)) {
        months++;
      }
    }
    return months;
  }

  /** Whether {@code from} to {@code until} (both included) covers each day of the month. */
  static boolean covers(YearMonth month, LocalDate from, LocalDate until) {
    return !from.isAfter(month.atDay(1)) && !until.isBefore(month.atEndOfMonth());
  }

  private static BigDecimal atMost(BigDecimal claimed, BigDecimal rule, List<Rule> rules) {
    if (claimed.compareTo(rule) > 0) {
      rules.add(Rule.CLAIM_ABOVE_RULE);
      return rule;
    }
    return claimed;
  }

  private static Quoted quoted(
      Facts f,
      BigDecimal rate,
      BigDecimal cap,
      BigDecimal payable,
      BigDecimal offset,
      List<Rule> rules) {
    return new Quoted(
        f.item(),
        f.claimed(),
        rate,
        cap,
        f.approvedBefore(),
        f.higherLevel(),
        payable,
        offset,
        List.copyOf(rules));
  }

  private static BigDecimal round(BigDecimal amount) {
    return amount.setScale(FEN, RoundingMode.HALF_UP);
  }
}
