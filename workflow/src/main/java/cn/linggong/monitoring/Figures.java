package cn.linggong.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one version of a district's monthly report, as it was drawn up: what the system
 * knows (postings, registrations, referrals, assistance and complaint figures, ledger entries) and
 * what the markets reported, for the district, by market, by job category and by industry, with the
 * previous month's and the same month last year's totals (from their signed reports) to compare.
 *
 * @param periodFrom first day counted (the day after the previous month's draft day)
 * @param periodTo last day counted (this month's draft day)
 */
public record Figures(
    String districtId,
    String month,
    LocalDate periodFrom,
    LocalDate periodTo,
    Totals totals,
    List<CategoryRow> categories,
    List<IndustryRow> industries,
    List<MarketRow> markets,
    Totals previousMonth,
    Totals lastYear) {

  /** 求人倍率: positions sought ÷ job seekers, two decimals; none when nobody sought work. */
  public static BigDecimal ratio(long positions, long seekers) {
    return seekers == 0
        ? null
        : BigDecimal.valueOf(positions)
            .divide(BigDecimal.valueOf(seekers), 2, RoundingMode.HALF_UP);
  }

  /**
   * The district's totals.
   *
   * @param jobSeekers registered here in the period plus served by the markets
   * @param registeredSeekers gig workers registered in the period
   * @param marketSeekers job seekers the markets reported serving
   * @param postings job postings published in the period
   * @param positions positions sought: the postings' headcount plus what the markets reported
   * @param ratio positions ÷ job seekers
   * @param referrals referrals (推荐) of hardship workers in the period
   * @param hires referrals that ended in a hire
   * @param marketDailyHires the markets' average daily successful hires, summed over markets
   * @param hardshipServed hardship cases open at some time in the period
   * @param hardshipPlaced hardship cases with a hire or an approved public-welfare post in it
   * @param complaintsReceived wage complaints received
   * @param complaintsAccepted wage complaints accepted
   * @param complaintsMediated mediation agreements made
   * @param wagesRecovered wages confirmed paid in the period (元)
   * @param ledgerEntries work-log entries of the markets
   */
  public record Totals(
      long jobSeekers,
      long registeredSeekers,
      long marketSeekers,
      long postings,
      long positions,
      BigDecimal ratio,
      long referrals,
      long hires,
      BigDecimal marketDailyHires,
      long hardshipServed,
      long hardshipPlaced,
      long complaintsReceived,
      long complaintsAccepted,
      long complaintsMediated,
      BigDecimal wagesRecovered,
      long ledgerEntries) {}

  /**
   * One job category: seekers (a worker registered for several categories counts in each),
   * positions, their ratio, the average offered daily pay (元) over {@code payHeads} positions that
   * named a daily pay.
   */
  public record CategoryRow(
      String code,
      String industryCode,
      long seekers,
      long positions,
      BigDecimal ratio,
      BigDecimal avgDailyPay,
      long payHeads) {}

  /** One industry: its categories summed. */
  public record IndustryRow(String code, long seekers, long positions, BigDecimal ratio) {}

  /**
   * One market: whether it reported, what it reported, and its ledgers' entries and people counted
   * by ledger.
   */
  public record MarketRow(
      long marketId,
      String name,
      boolean reported,
      long seekersServed,
      BigDecimal dailyHires,
      long positions,
      Map<String, Long> ledgerEntries,
      Map<String, Long> ledgerPeople) {}
}
