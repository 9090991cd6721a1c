package cn.linggong.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One service for every date from a named limit, each in the limit's own unit: working days skip
 * the 国庆 week, calendar days do not; counting back honours the unit too; "due soon" is one rule.
 */
@SpringBootTest
class TimeLimitUnitsTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  /** 10:00 on the working day before 国庆节 2026. */
  private static final Instant SEPT_30 =
      OffsetDateTime.of(2026, 9, 30, 10, 0, 0, 0, BEIJING).toInstant();

  @Autowired TimeLimits timeLimits;

  @BeforeEach
  void testLimits() {
    timeLimits.save(
        "test.five-working",
        5,
        TimeUnit.WORKING_DAYS,
        "测试",
        cn.linggong.testsupport.TestUsers.admin());
    timeLimits.save(
        "test.five-calendar",
        5,
        TimeUnit.CALENDAR_DAYS,
        "测试",
        cn.linggong.testsupport.TestUsers.admin());
  }

  private static Instant endOf(int month, int day) {
    return OffsetDateTime.of(2026, month, day, 23, 59, 59, 999_000_000, BEIJING).toInstant();
  }

  private static Instant startOf(int month, int day) {
    return OffsetDateTime.of(2026, month, day, 0, 0, 0, 0, BEIJING).toInstant();
  }

  @Test
  void aLimitCountsInItsOwnUnit() {
    // 10-1..10-7 off, 10-8, 10-9, 10-10 (make-up Saturday), 10-12, 10-13
    assertThat(timeLimits.due("test.five-working", SEPT_30)).isEqualTo(endOf(10, 13));
    assertThat(timeLimits.due("test.five-calendar", SEPT_30)).isEqualTo(endOf(10, 5));
    // a chain adds the second limit in its unit from the first one's end
    assertThat(
            timeLimits
                .reckon(
                    DateRule.limit("test.five-working").then(DateRule.limit("test.five-calendar")),
                    SEPT_30)
                .at())
        .isEqualTo(endOf(10, 18));
  }

  @Test
  void countingBackHonoursTheUnit() {
    // five working days before Wednesday 10-14: 10-13, 10-12, 10-10, 10-09, 10-08 → start of 10-08
    assertThat(
            timeLimits
                .reckon(DateRule.limitBeforeDayStart("test.five-working"), startOf(10, 14))
                .at())
        .isEqualTo(startOf(10, 8));
    assertThat(
            timeLimits
                .reckon(DateRule.limitBeforeDayStart("test.five-calendar"), startOf(10, 14))
                .at())
        .isEqualTo(startOf(10, 9));
  }

  @Test
  void daysLeftAndLateAreCountedInTheLimitsUnit() {
    // from 9-30 to the end of 10-13: 10-8, 10-9, 10-10, 10-12, 10-13 worked; 13 calendar days
    assertThat(timeLimits.daysLeft(TimeUnit.WORKING_DAYS, SEPT_30, endOf(10, 13))).isEqualTo(5);
    assertThat(timeLimits.daysLeft(TimeUnit.CALENDAR_DAYS, SEPT_30, endOf(10, 13))).isEqualTo(13);
    assertThat(timeLimits.daysLate(TimeUnit.WORKING_DAYS, SEPT_30.minusSeconds(86400 * 2), SEPT_30))
        .isEqualTo(2);
    assertThat(timeLimits.daysLate(TimeUnit.CALENDAR_DAYS, endOf(9, 27), SEPT_30)).isEqualTo(3);
    assertThat(timeLimits.unitOf("test.five-calendar")).isEqualTo(TimeUnit.CALENDAR_DAYS);
    assertThat(timeLimits.unitOf(null)).isEqualTo(TimeUnit.WORKING_DAYS);
  }

  @Test
  void dueSoonIsTheEndOfTheConfiguredWorkingDaysFromToday() {
    // linggong.sla.due-soon-working-days = 2: 10-8 and 10-9 after the holiday week
    assertThat(timeLimits.dueSoonUntil(SEPT_30))
        .as("the first moment after the span")
        .isEqualTo(endOf(10, 9).plusMillis(1));
    assertThat(timeLimits.dueSoon(endOf(10, 9), SEPT_30)).isTrue();
    assertThat(timeLimits.dueSoon(endOf(10, 12), SEPT_30)).isFalse();
    assertThat(timeLimits.dueSoon(SEPT_30.minusSeconds(1), SEPT_30)).as("overdue").isFalse();
  }

  @Test
  void aLimitsLengthInWordsComesFromTheTable() {
    assertThat(timeLimits.phrase("test.five-working", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("5个工作日");
    assertThat(timeLimits.phrase("test.five-calendar", Locale.SIMPLIFIED_CHINESE)).isEqualTo("5日");
    assertThat(timeLimits.phrase("test.five-working", Locale.ENGLISH)).isEqualTo("5 working days");
    assertThat(
            timeLimits.fill(
                "自收到之日起[[limit:test.five-working]]内，调解[[limit:test.five-calendar]]",
                Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("自收到之日起5个工作日内，调解5日");
  }
}
