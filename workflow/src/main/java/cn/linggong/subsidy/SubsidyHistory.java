package cn.linggong.subsidy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A market's subsidies across years: what was approved per item and year and what was paid, the
 * years of subsidy used out of the limit, whether the network one-off is used, the higher levels'
 * grants and every application.
 *
 * @param firstYear the first year of rent, operating or network subsidy approved (null: none)
 * @param lastYear the last year the market may be paid them (null: none approved yet)
 */
public record SubsidyHistory(
    long marketId,
    String marketName,
    Integer firstYear,
    Integer lastYear,
    int yearsUsed,
    int maxYears,
    BigDecimal networkApproved,
    BigDecimal networkCap,
    List<Year> years,
    List<HigherGrants.Recorded> higherGrants,
    List<SubsidyApplication> applications) {

  /** One year's approvals by item and payments. */
  public record Year(int year, Map<SubsidyItem, BigDecimal> approved, BigDecimal paid) {}
}
