package cn.linggong.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.subsidy.SubsidyRules.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of a subsidy quote, rule by rule (seed 004's defaults): each cap exactly at, one
 * fen under and one fen over; the rent rate by grade; operating months pro rata; the network's
 * one-off cap; the years used; the station cap; 就高不重复 both ways; the cap shared by two applications
 * of a year; rounding to the fen at the end of the item.
 */
class SubsidyRulesTest {

  static final SubsidyProperties SEED_004 =
      new SubsidyProperties(
          new BigDecimal("600000.00"),
          new BigDecimal("50000.00"),
          new BigDecimal("20.00"),
          new BigDecimal("500000.00"),
          new BigDecimal("0.50"),
          new BigDecimal("300000.00"),
          3,
          new BigDecimal("10000.00"),
          SubsidyProperties.Overlap.DIFFERENCE);

  final SubsidyRules rules = new SubsidyRules(SEED_004);

  private static BigDecimal yuan(String amount) {
    return new BigDecimal(amount);
  }

  /** An item of a city-level-or-below district market, nothing approved or paid above before. */
  private static SubsidyRules.Facts facts(SubsidyItem item, String claimed) {
    return new SubsidyRules.Facts(
        item,
        yuan(claimed),
        yuan("1.00"),
        false,
        yuan("850.5"),
        12,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        false,
        false);
  }

  private BigDecimal payable(SubsidyRules.Facts f) {
    return rules.quote(f).payable();
  }

  @Test
  void theRentCapHoldsExactlyAtOneFenUnderAndOneFenOver() {
    assertThat(payable(facts(SubsidyItem.RENT, "600000.00"))).isEqualByComparingTo("600000.00");
    assertThat(payable(facts(SubsidyItem.RENT, "599999.99"))).isEqualByComparingTo("599999.99");
    SubsidyRules.Quoted over = rules.quote(facts(SubsidyItem.RENT, "600000.01"));
    assertThat(over.payable()).isEqualByComparingTo("600000.00");
    assertThat(over.rules()).containsExactly(Rule.RENT_RATE, Rule.CAP);
    assertThat(rules.quote(facts(SubsidyItem.RENT, "600000.00")).rules())
        .as("at the cap nothing is cut")
        .containsExactly(Rule.RENT_RATE);
  }

  @Test
  void theRentRateIsTheGradesAndTheRoundingComesAtTheEnd() {
    assertThat(payable(facts(SubsidyItem.RENT, "100000.00").withRentRate(yuan("0.75"))))
        .isEqualByComparingTo("75000.00");
    assertThat(payable(facts(SubsidyItem.RENT, "100000.00").withRentRate(yuan("0.50"))))
        .isEqualByComparingTo("50000.00");
    // 333.33 × 0.75 = 249.9975: one rounding, half-up, at the end
    assertThat(payable(facts(SubsidyItem.RENT, "333.33").withRentRate(yuan("0.75"))))
        .isEqualByComparingTo("250.00");
    assertThat(payable(facts(SubsidyItem.RENT, "0.06").withRentRate(yuan("0.75"))))
        .as("0.045 rounds half-up, not to the even fen")
        .isEqualByComparingTo("0.05");
    assertThat(
            rules.quote(facts(SubsidyItem.RENT, "800000.00").withRentRate(yuan("0.75"))).payable())
        .as("600,000.00 is 75 % of 800,000.00: at the cap")
        .isEqualByComparingTo("600000.00");
  }

  @Test
  void aStationsRentIsCappedLower() {
    SubsidyRules.Facts station =
        new SubsidyRules.Facts(
            SubsidyItem.RENT,
            yuan("50000.01"),
            yuan("1.00"),
            true,
            yuan("120"),
            12,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            false,
            false);
    SubsidyRules.Quoted q = rules.quote(station);
    assertThat(q.payable()).isEqualByComparingTo("50000.00");
    assertThat(q.cap()).isEqualByComparingTo("50000.00");
    assertThat(q.rules()).containsExactly(Rule.RENT_RATE, Rule.STATION_CAP, Rule.CAP);
    assertThat(
            payable(
                new SubsidyRules.Facts(
                    SubsidyItem.RENT,
                    yuan("49999.99"),
                    yuan("1.00"),
                    true,
                    yuan("120"),
                    12,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    false,
                    false)))
        .isEqualByComparingTo("49999.99");
  }

  @Test
  void theOperatingSubsidyIsTwentyYuanPerSquareMetreAndCertifiedMonthUpToItsCap() {
    // 850.5 m² × 20 × 12 = 204,120.00
    assertThat(payable(facts(SubsidyItem.OPERATING, "204120.00")))
        .isEqualByComparingTo("204120.00");
    SubsidyRules.Quoted asked = rules.quote(facts(SubsidyItem.OPERATING, "204120.01"));
    assertThat(asked.payable()).isEqualByComparingTo("204120.00");
    assertThat(asked.rules()).containsExactly(Rule.OPERATING_MONTHS, Rule.CLAIM_ABOVE_RULE);
    // certified from 15 April: May to December, 8 full months
    int months =
        SubsidyRules.fullMonths(2026, LocalDate.of(2026, 4, 15), LocalDate.of(2029, 4, 14));
    assertThat(months).isEqualTo(8);
    SubsidyRules.Facts proRata =
        new SubsidyRules.Facts(
            SubsidyItem.OPERATING,
            yuan("200000.00"),
            null,
            false,
            yuan("850.5"),
            months,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            false,
            false);
    assertThat(payable(proRata)).isEqualByComparingTo("136080.00");
    assertThat(SubsidyRules.fullMonths(2029, LocalDate.of(2026, 4, 15), LocalDate.of(2029, 4, 14)))
        .as("January to March of the last year")
        .isEqualTo(3);
    // 2,500 m²: the rule gives 600,000.00, the cap 500,000.00
    SubsidyRules.Facts large =
        new SubsidyRules.Facts(
            SubsidyItem.OPERATING,
            yuan("500000.01"),
            null,
            false,
            yuan("2500"),
            12,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            false,
            false);
    assertThat(payable(large)).isEqualByComparingTo("500000.00");
    assertThat(rules.quote(large).rules()).containsExactly(Rule.OPERATING_MONTHS, Rule.CAP);
  }

  @Test
  void theNetworkIsHalfItsCostPaidOnceUpToItsCap() {
    assertThat(payable(facts(SubsidyItem.NETWORK, "600000.00"))).isEqualByComparingTo("300000.00");
    assertThat(payable(facts(SubsidyItem.NETWORK, "599999.98"))).isEqualByComparingTo("299999.99");
    SubsidyRules.Quoted over = rules.quote(facts(SubsidyItem.NETWORK, "600000.02"));
    assertThat(over.payable()).isEqualByComparingTo("300000.00");
    SubsidyRules.Quoted again =
        rules.quote(facts(SubsidyItem.NETWORK, "200000.00").withApprovedBefore(yuan("250000.00")));
    assertThat(again.payable())
        .as("250,000.00 paid in an earlier year: 50,000.00 of the one-off cap left")
        .isEqualByComparingTo("50000.00");
    assertThat(again.rules()).containsExactly(Rule.NETWORK_SHARE, Rule.CAP_SHARED);
    assertThat(
            payable(facts(SubsidyItem.NETWORK, "10000.00").withApprovedBefore(yuan("300000.00"))))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void twoApplicationsOfAYearShareTheAnnualCap() {
    SubsidyRules.Quoted second =
        rules.quote(facts(SubsidyItem.RENT, "300000.00").withApprovedBefore(yuan("450000.00")));
    assertThat(second.payable()).isEqualByComparingTo("150000.00");
    assertThat(second.approvedBefore()).isEqualByComparingTo("450000.00");
    assertThat(second.rules()).containsExactly(Rule.RENT_RATE, Rule.CAP_SHARED);
    assertThat(payable(facts(SubsidyItem.RENT, "149999.99").withApprovedBefore(yuan("450000.00"))))
        .isEqualByComparingTo("149999.99");
  }

  @Test
  void aYearBeyondTheMarketsYearsOfSubsidyPaysNothingForRentOperatingOrNetwork() {
    for (SubsidyItem item :
        new SubsidyItem[] {SubsidyItem.RENT, SubsidyItem.OPERATING, SubsidyItem.NETWORK}) {
      SubsidyRules.Facts f = facts(item, "1000.00");
      SubsidyRules.Quoted q =
          rules.quote(
              new SubsidyRules.Facts(
                  item,
                  f.claimed(),
                  f.rentRate(),
                  false,
                  f.floorArea(),
                  12,
                  BigDecimal.ZERO,
                  BigDecimal.ZERO,
                  true,
                  false));
      assertThat(q.payable()).as(item.name()).isEqualByComparingTo("0.00");
      assertThat(q.rules()).containsExactly(Rule.YEARS_USED);
    }
    SubsidyRules.Quoted monitoring =
        rules.quote(
            new SubsidyRules.Facts(
                SubsidyItem.MONITORING,
                yuan("10000.00"),
                null,
                false,
                null,
                12,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                true,
                false));
    assertThat(monitoring.payable())
        .as("the monitoring subsidy is not one of the three-year items")
        .isEqualByComparingTo("10000.00");
  }

  @Test
  void aHigherLevelsPaymentIsSetAgainstTheItemTheDefaultWayAndTheOther() {
    SubsidyRules.Facts paidAbove =
        facts(SubsidyItem.RENT, "400000.00").withHigherLevel(yuan("150000.00"));
    SubsidyRules.Quoted difference = rules.quote(paidAbove);
    assertThat(difference.payable()).isEqualByComparingTo("250000.00");
    assertThat(difference.higherOffset()).isEqualByComparingTo("150000.00");
    assertThat(difference.rules()).containsExactly(Rule.RENT_RATE, Rule.HIGHER_DIFFERENCE);
    assertThat(payable(facts(SubsidyItem.RENT, "400000.00").withHigherLevel(yuan("500000.00"))))
        .as("the higher level paid more: nothing more here")
        .isEqualByComparingTo("0.00");
    assertThat(payable(facts(SubsidyItem.RENT, "900000.00").withHigherLevel(yuan("100000.00"))))
        .as("the cap first (600,000.00), then the difference")
        .isEqualByComparingTo("500000.00");

    SubsidyRules other =
        new SubsidyRules(
            new SubsidyProperties(
                SEED_004.rentCap(),
                SEED_004.stationRentCap(),
                SEED_004.operatingPerSquareMetreMonth(),
                SEED_004.operatingCap(),
                SEED_004.networkShare(),
                SEED_004.networkCap(),
                SEED_004.maxYears(),
                SEED_004.monitoringAmount(),
                SubsidyProperties.Overlap.NOTHING_IF_PAID));
    SubsidyRules.Quoted nothing =
        other.quote(facts(SubsidyItem.RENT, "400000.00").withHigherLevel(yuan("0.01")));
    assertThat(nothing.payable()).isEqualByComparingTo("0.00");
    assertThat(nothing.rules()).containsExactly(Rule.RENT_RATE, Rule.HIGHER_PAID);
    assertThat(other.quote(facts(SubsidyItem.RENT, "400000.00")).payable())
        .as("nothing paid above: the full amount")
        .isEqualByComparingTo("400000.00");
  }

  @Test
  void theMonitoringSubsidyAndTheMatchingAward() {
    assertThat(payable(facts(SubsidyItem.MONITORING, "10000.00"))).isEqualByComparingTo("10000.00");
    assertThat(payable(facts(SubsidyItem.MONITORING, "10000.01"))).isEqualByComparingTo("10000.00");
    assertThat(
            payable(facts(SubsidyItem.MONITORING, "10000.00").withApprovedBefore(yuan("10000.00"))))
        .as("once a year")
        .isEqualByComparingTo("0.00");

    SubsidyRules.Facts award =
        new SubsidyRules.Facts(
            SubsidyItem.MATCHING_AWARD,
            yuan("200000.00"),
            null,
            false,
            null,
            12,
            BigDecimal.ZERO,
            yuan("150000.00"),
            false,
            true);
    SubsidyRules.Quoted q = rules.quote(award);
    assertThat(q.payable()).as("1:1 of the city's award").isEqualByComparingTo("150000.00");
    assertThat(q.rules()).containsExactly(Rule.MATCHING_HIGHER_AWARD, Rule.CLAIM_ABOVE_RULE);
    SubsidyRules.Facts districtOnly =
        new SubsidyRules.Facts(
            SubsidyItem.MATCHING_AWARD,
            yuan("150000.00"),
            null,
            false,
            null,
            12,
            BigDecimal.ZERO,
            yuan("150000.00"),
            false,
            false);
    assertThat(rules.quote(districtOnly).payable()).isEqualByComparingTo("0.00");
    assertThat(rules.quote(districtOnly).rules()).containsExactly(Rule.NOT_CITY_LEVEL);
  }
}
