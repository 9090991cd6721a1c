package cn.linggong.subsidy;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The money rules of subsidies for certified markets ({@code linggong.subsidy.*}); the defaults are
 * seed 004's (婺城区). The rent rate by evaluation grade is the DMN table {@code subsidy-rent-rate}.
 *
 * @param rentCap a district-level certified market's rent subsidy, per calendar year
 * @param stationRentCap a certified station's (零工驿站 / 特色零工集市) rent subsidy, per year
 * @param operatingPerSquareMetreMonth the operating subsidy per m² of floor area and certified
 *     month
 * @param operatingCap the operating subsidy per calendar year
 * @param networkShare the share of the information network's actual build cost paid
 * @param networkCap the network subsidy, once per market whatever the number of applications
 * @param maxYears years of rent, operating and network subsidy, from the first approved one
 * @param monitoringAmount the monitoring subsidy a year for a market in provincial monitoring
 * @param overlap how a higher level's payment for the same item and year is taken into account
 */
@ConfigurationProperties("linggong.subsidy")
public record SubsidyProperties(
    @DefaultValue("600000.00") BigDecimal rentCap,
    @DefaultValue("50000.00") BigDecimal stationRentCap,
    @DefaultValue("20.00") BigDecimal operatingPerSquareMetreMonth,
    @DefaultValue("500000.00") BigDecimal operatingCap,
    @DefaultValue("0.50") BigDecimal networkShare,
    @DefaultValue("300000.00") BigDecimal networkCap,
    @DefaultValue("3") int maxYears,
    @DefaultValue("10000.00") BigDecimal monitoringAmount,
    @DefaultValue("DIFFERENCE") Overlap overlap) {

  /**
   * 就高不重复: the district pays only what exceeds the higher level's payment for the item and year
   * (DIFFERENCE), or nothing when the higher level paid anything for it (NOTHING_IF_PAID).
   */
  public enum Overlap {
    DIFFERENCE,
    NOTHING_IF_PAID
  }
}
