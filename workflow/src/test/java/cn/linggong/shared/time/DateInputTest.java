package cn.linggong.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A date written in any of the three ways is read; anything else is not a date. */
class DateInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-01", "2026/12/1", "2026/12/01", "20261201", " 2026-12-01 "})
  void theThreeWaysOfWritingADateAreRead(String text) {
    assertThat(DateInput.parse(text)).contains(LocalDate.of(2026, 12, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "2026-13-01", "2026/2/30", "2026.12.01", "12/1/2026", "明天", "2026121"})
  void anythingElseIsNotADate(String text) {
    assertThat(DateInput.parse(text)).isEmpty();
  }
}
