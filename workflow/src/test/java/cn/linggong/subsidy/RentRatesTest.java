package cn.linggong.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The rent rate by the latest evaluation grade, as the deployed DMN table gives it (seed 004). */
@SpringBootTest
class RentRatesTest {

  @Autowired RentRates rates;

  @Test
  void eachGradeHasItsRateAndAMarketNotYetEvaluatedIsPaidAsPassed() {
    assertThat(rates.rate("EXCELLENT")).isEqualByComparingTo("1.00");
    assertThat(rates.rate("GOOD")).isEqualByComparingTo("0.75");
    assertThat(rates.rate("PASS")).isEqualByComparingTo("0.50");
    assertThat(rates.rate(null)).isEqualByComparingTo("0.50");
    assertThat(rates.rate("GOOD").scale()).isEqualTo(2);
  }
}
