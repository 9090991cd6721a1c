package cn.linggong.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyAmountsTest {

  private final MoneyAmounts money =
      new MoneyAmounts(new ValidationProperties(new BigDecimal("1000000.00")));

  @Test
  void parsesAmountsWithSeparatorsAndYuanSignToTwoDecimals() {
    assertThat(money.parse("¥1,234.5").amount()).isEqualByComparingTo("1234.50");
    assertThat(money.parse("¥1,234.5").amount().scale()).isEqualTo(2);
    assertThat(money.parse("0").amount()).isEqualByComparingTo("0.00");
  }

  @Test
  void rejectsNegativeAmounts() {
    assertThat(money.check("-1.00"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.money.negative");
  }

  @Test
  void rejectsMoreThanTwoDecimals() {
    assertThat(money.check("12.345"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.money.scale");
  }

  @Test
  void acceptsTrailingZerosBeyondTwoDecimals() {
    assertThat(money.check("12.3400")).isEmpty();
  }

  @Test
  void rejectsAmountsAboveTheConfiguredBoundAndNamesTheBound() {
    var violation = money.check("1000000.01").orElseThrow();
    assertThat(violation.messageKey()).isEqualTo("validation.money.tooLarge");
    assertThat(violation.arguments()).containsExactly("1000000.00");
    assertThat(money.check("1000000.00")).isEmpty();
  }

  @Test
  void rejectsTextThatIsNotANumber() {
    assertThat(money.check("十元"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.money.format");
    assertThat(money.check("1.2.3"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.money.format");
  }
}
