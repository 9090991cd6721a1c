package cn.linggong.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumbersTest {

  private final ResidentIdNumbers ids =
      new ResidentIdNumbers(
          Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "410102198503151232", "440304200002290014"})
  void acceptsValidNumbers(String number) {
    assertThat(ids.validate(number).valid()).isTrue();
    assertThat(ids.check(number)).isEmpty();
  }

  @Test
  void derivesBirthDateAndSexFromTheNumber() {
    var man = ids.validate("410102198503151232").id();
    assertThat(man.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(man.sex()).isEqualTo(ResidentIdNumbers.Sex.MALE);
    var woman = ids.validate("410204197602280041").id();
    assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1976, 2, 28));
    assertThat(woman.sex()).isEqualTo(ResidentIdNumbers.Sex.FEMALE);
  }

  @Test
  void acceptsLowerCaseXAndSpacesAsPeopleTypeThem() {
    var result = ids.validate(" 110105 19491231 002x ");
    assertThat(result.valid()).isTrue();
    assertThat(result.id().number()).isEqualTo("11010519491231002X");
  }

  @Test
  void masksAllButAreaCodeAndLastFour() {
    assertThat(ids.validate("410102198503151232").id().masked()).isEqualTo("410102********1232");
  }

  @Test
  void rejectsIdNumberWithWrongCheckCharacter() {
    assertThat(ids.check("410102198503151233"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.residentId.checkCharacter");
  }

  @Test
  void rejectsWrongLengthAndSaysHowLongItIs() {
    var violation = ids.check("41010219850315123").orElseThrow();
    assertThat(violation.messageKey()).isEqualTo("validation.residentId.length");
    assertThat(violation.arguments()).containsExactly(17);
  }

  @Test
  void rejectsLettersInsideTheNumber() {
    assertThat(ids.check("41010219850315A232"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.residentId.characters");
  }

  @Test
  void rejectsXAnywhereButTheEnd() {
    assertThat(ids.check("4101021985031512X2"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.residentId.characters");
  }

  @Test
  void rejectsUnknownProvinceCode() {
    assertThat(ids.check("990102198503151232"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.residentId.area");
  }

  @Test
  void rejectsBirthDateThatDoesNotExist() {
    // 30 February
    assertThat(ids.check("410102198502301234"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.residentId.birthDate");
    // 29 February of a year that is not a leap year
    assertThat(ids.check("410102190002291234"))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.residentId.birthDate");
  }

  @Test
  void rejectsBirthDateInTheFuture() {
    // born 2027-01-01, after the fixed "today" of 2026-11-25; check character made valid
    String body = "41010220270101002";
    String number = body + ResidentIdNumbers.checkCharacter(body);
    assertThat(ids.check(number))
        .get()
        .extracting(Violation::messageKey)
        .isEqualTo("validation.residentId.birthInFuture");
  }

  @Test
  void leavesBlankValuesToTheRequiredCheck() {
    assertThat(ids.check("")).isEmpty();
    assertThat(ids.check(null)).isEmpty();
  }
}
