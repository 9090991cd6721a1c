package cn.linggong.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {

  private final CreditCodes codes = new CreditCodes();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y43",
        "91410100MA44XJ8R57",
        "12410000415800211A",
        "91410100ma44xj8r57"
      })
  void acceptsValidCodes(String code) {
    assertThat(codes.check(code)).isEmpty();
  }

  @Test
  void rejectsWrongCheckCharacterWithItsOwnMessageSoAnAdminCanApprovePilotCodes() {
    assertThat(codes.check("91350100M000100Y44"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo(CreditCodes.CHECK_CHARACTER_KEY);
  }

  @Test
  void rejectsWrongLength() {
    var violation = codes.check("91350100M000100Y4").orElseThrow();
    assertThat(violation.messageKey()).isEqualTo("validation.creditCode.length");
    assertThat(violation.arguments()).containsExactly(17);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100I43",
        "91350100M000100O43",
        "91350100M000100Z43",
        "91350100M000100S43",
        "91350100M000100V43"
      })
  void rejectsLettersOutsideTheCodeAlphabetAndSaysWhere(String code) {
    var violation = codes.check(code).orElseThrow();
    assertThat(violation.messageKey()).isEqualTo("validation.creditCode.character");
    assertThat(violation.arguments().get(0)).isEqualTo(16);
  }

  @Test
  void rejectsLettersInTheAreaCode() {
    assertThat(codes.check("9135A100M000100Y43"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.creditCode.area");
  }
}
