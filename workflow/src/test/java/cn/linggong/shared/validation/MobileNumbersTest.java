package cn.linggong.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumbersTest {

  private final MobileNumbers mobiles = new MobileNumbers();

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "199 1234 5678", "+86 138-1234-5678", "008613812345678"})
  void acceptsMobileNumbersAsPeopleTypeThem(String number) {
    assertThat(mobiles.check(number)).isEmpty();
  }

  @Test
  void rejectsWrongLength() {
    var violation = mobiles.check("1381234567").orElseThrow();
    assertThat(violation.messageKey()).isEqualTo("validation.mobile.length");
    assertThat(violation.arguments()).containsExactly(10);
  }

  @Test
  void rejectsNumbersNotStartingWith13To19() {
    assertThat(mobiles.check("12812345678"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.mobile.prefix");
    assertThat(mobiles.check("23812345678"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.mobile.prefix");
  }

  @Test
  void rejectsLetters() {
    assertThat(mobiles.check("1381234567a"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.mobile.characters");
  }

  @Test
  void masksTheMiddleFourDigits() {
    assertThat(MobileNumbers.mask("13812345678")).isEqualTo("138****5678");
  }
}
