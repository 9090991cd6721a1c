package cn.linggong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.audit.AuditService;
import cn.linggong.shared.time.TimeConfiguration;
import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The calendar's arithmetic on the seeded 2025 and 2026 State Council schedules (H2, Flyway). */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:calendar;MODE=MySQL;DB_CLOSE_DELAY=-1")
@Import({
  WorkingDayCalendar.class,
  CalendarMaintenance.class,
  AuditService.class,
  TimeConfiguration.class
})
class WorkingDayCalendarTest {

  @Autowired WorkingDayCalendar calendar;
  @Autowired CalendarMaintenance maintenance;
  @Autowired CalendarMapper mapper;

  @BeforeEach
  void freshCopy() {
    calendar.reload();
  }

  @Test
  void seededHolidaysAreWeekdaysAndMakeUpDaysAreWeekends() {
    for (int year : List.of(2025, 2026)) {
      for (CalendarDay day : maintenance.daysOf(year)) {
        boolean weekend =
            day.date().getDayOfWeek() == DayOfWeek.SATURDAY
                || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        assertThat(weekend)
            .as("%s %s", day.date(), day.kind())
            .isEqualTo(day.kind() == DayKind.WORKDAY);
      }
    }
  }

  @Test
  void countsTheStatutoryDaysOffOfEachYear() {
    // 2025: 元旦1 + 春节8 + 清明3 + 劳动5 + 端午3 + 国庆中秋8 = 28 days off, 5 make-up days
    // 2026: 元旦3 + 春节9 + 清明3 + 劳动5 + 端午3 + 中秋3 + 国庆7 = 33 days off, 6 make-up days
    assertThat(maintenance.daysOf(2025)).filteredOn(d -> d.kind() == DayKind.WORKDAY).hasSize(5);
    assertThat(maintenance.daysOf(2026)).filteredOn(d -> d.kind() == DayKind.WORKDAY).hasSize(6);
    // 104 weekend days each year; weekday holidays: 18 in 2025, 19 in 2026 → 248 working days each
    assertThat(maintenance.daysOf(2025)).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(18);
    assertThat(maintenance.daysOf(2026)).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(19);
    assertThat(workingDaysIn(2025)).isEqualTo(365 - 104 - 18 + 5).isEqualTo(248);
    assertThat(workingDaysIn(2026)).isEqualTo(365 - 104 - 19 + 6).isEqualTo(248);
  }

  private int workingDaysIn(int year) {
    int count = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  @Test
  void fiveWorkingDaysFromTheEveOfNationalDay2026IsTheThirteenth() {
    // 9-30 Wed; 10-1..10-7 off; 10-8 Thu, 10-9 Fri, 10-10 Sat (make-up), 10-12 Mon, 10-13 Tue
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 5))
        .isEqualTo(LocalDate.of(2026, 10, 13));
  }

  @Test
  void addingZeroKeepsAWorkingDayAndMovesADayOffToTheNextWorkingDay() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 0))
        .isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 3), 0))
        .isEqualTo(LocalDate.of(2026, 10, 8));
    // a make-up Saturday is a working day
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 10), 0))
        .isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void countsMakeUpSaturdaysAndSkipsSpringFestival() {
    // 2026-02-13 Fri; 02-14 Sat make-up day counts; 02-15..02-23 off; 02-24 Tue
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1))
        .isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 2))
        .isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void countsWorkingDaysAfterFromUpToAndIncludingTo() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 13)))
        .isEqualTo(5);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30)))
        .isZero();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)))
        .isZero();
  }

  @Test
  void crossesIntoAYearWithoutANoticeProvisionallyAndSaysSo() {
    // 2025-12-31 Wed + 1: 01-01 and 01-02 are off, 01-03 is a Saturday, 01-04 a make-up Sunday
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 1))
        .isEqualTo(LocalDate.of(2026, 1, 4));
    assertThat(calendar.provisionalYears(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 4)))
        .isEmpty();
    // 2026-12-30 Wed + 5: 12-31, (01-01 元旦 by the law), 01-04, 01-05, 01-06, 01-07
    LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 5);
    assertThat(due).isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(calendar.provisionalYears(LocalDate.of(2026, 12, 30), due)).containsExactly(2027);
    DayInfo newYear = calendar.day(LocalDate.of(2027, 1, 1));
    assertThat(newYear.workingDay()).isFalse();
    assertThat(newYear.provisional()).isTrue();
    assertThat(newYear.name()).isEqualTo("元旦");
    assertThat(calendar.day(LocalDate.of(2026, 1, 1)).provisional()).isFalse();
    // 5 working days from 2026-12-24 end on 12-31: nothing provisional is looked at
    LocalDate beforeNewYear = calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 5);
    assertThat(beforeNewYear).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(calendar.provisionalYears(LocalDate.of(2026, 12, 24), beforeNewYear)).isEmpty();
  }

  @Test
  void aYearBeyondTheLawsSourceIsStillAnError() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2050, 12, 28), 5))
        .isInstanceOf(CalendarYearUnknownException.class)
        .extracting(e -> ((CalendarYearUnknownException) e).year())
        .isEqualTo(2051);
    assertThatThrownBy(() -> calendar.day(LocalDate.of(2051, 3, 1)))
        .isInstanceOf(CalendarYearUnknownException.class);
    assertThatThrownBy(
            () -> calendar.provisionalYears(LocalDate.of(2050, 1, 1), LocalDate.of(2051, 1, 1)))
        .isInstanceOf(CalendarYearUnknownException.class);
  }

  @Test
  void everyDayTheLawGivesIn2025And2026IsOffInTheEnteredNotice() {
    for (int year : List.of(2025, 2026)) {
      for (StatutoryHolidays.StatutoryDay day : StatutoryHolidays.of(year)) {
        assertThat(calendar.isWorkingDay(day.date()))
            .as("%s %s of %d is off in the State Council's notice", day.date(), day.name(), year)
            .isFalse();
      }
    }
  }

  @Test
  void countsBackWorkingDays() {
    // before Wednesday 2026-10-14: 10-13, 10-12, 10-10 (a make-up Saturday), 10-09, 10-08, then
    // 9-30 (10-1..10-7 off)
    assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 10, 14), 1))
        .isEqualTo(LocalDate.of(2026, 10, 13));
    assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 10, 14), 6))
        .isEqualTo(LocalDate.of(2026, 9, 30));
    // from a day off: the working day before it counts as the start
    assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 10, 4), 0))
        .isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(calendar.addWorkingDays(calendar.minusWorkingDays(LocalDate.of(2026, 12, 9), 7), 7))
        .isEqualTo(LocalDate.of(2026, 12, 9));
  }

  @Test
  void addingCalendarDaysIgnoresHolidays() {
    assertThat(calendar.addCalendarDays(LocalDate.of(2026, 9, 30), 15))
        .isEqualTo(LocalDate.of(2026, 10, 15));
  }

  @Test
  void aChangedDateChangesTheNextCalculation() {
    LocalDate eve = LocalDate.of(2026, 9, 30);
    assertThat(calendar.addWorkingDays(eve, 5)).isEqualTo(LocalDate.of(2026, 10, 13));
    maintenance.putDay(
        new CalendarDay(LocalDate.of(2026, 10, 12), DayKind.HOLIDAY, "测试假日"),
        cn.linggong.testsupport.TestUsers.admin());
    calendar.reload(); // after commit in real use; this test's transaction never commits
    assertThat(calendar.addWorkingDays(eve, 5)).isEqualTo(LocalDate.of(2026, 10, 14));
  }

  @Test
  void anotherNodeSeesAChangeWhenItChecksTheRevision() {
    WorkingDayCalendar otherNode = new WorkingDayCalendar(mapper);
    LocalDate day = LocalDate.of(2026, 11, 30);
    assertThat(otherNode.isWorkingDay(day)).isTrue();
    maintenance.putDay(
        new CalendarDay(day, DayKind.HOLIDAY, "测试"), cn.linggong.testsupport.TestUsers.admin());
    assertThat(otherNode.isWorkingDay(day)).as("still its old copy").isTrue();
    otherNode.refreshIfChanged();
    assertThat(otherNode.isWorkingDay(day)).isFalse();
  }

  @Test
  void refusesWrongRowsAndWritesNothing() {
    List<CalendarDay> days = new ArrayList<>(maintenance.daysOf(2026));
    days.add(new CalendarDay(LocalDate.of(2026, 11, 7), DayKind.HOLIDAY, "周六")); // a Saturday
    days.add(new CalendarDay(LocalDate.of(2026, 11, 9), DayKind.WORKDAY, "周一")); // a Monday
    days.add(new CalendarDay(LocalDate.of(2025, 11, 10), DayKind.HOLIDAY, "去年")); // other year
    days.add(new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "重复")); // duplicate
    days.add(new CalendarDay(LocalDate.of(2026, 11, 11), DayKind.HOLIDAY, " ")); // no name
    int before = maintenance.daysOf(2026).size();

    assertThatThrownBy(
            () ->
                maintenance.replaceYear(
                    2026, "test", days, cn.linggong.testsupport.TestUsers.admin()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field, v -> v.violation().messageKey())
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "days[25].kind", "calendar.kind.holidayOnWeekend"),
                        org.assertj.core.groups.Tuple.tuple(
                            "days[26].kind", "calendar.kind.workdayOnWeekday"),
                        org.assertj.core.groups.Tuple.tuple(
                            "days[27].date", "calendar.day.otherYear"),
                        org.assertj.core.groups.Tuple.tuple(
                            "days[28].date", "calendar.day.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(
                            "days[29].name", "validation.required")));
    assertThat(maintenance.daysOf(2026)).hasSize(before);
  }

  @Test
  void aRemovedYearBecomesProvisional() {
    maintenance.removeYear(2025, cn.linggong.testsupport.TestUsers.admin());
    calendar.reload();
    assertThat(calendar.knows(2025)).isFalse();
    assertThat(calendar.isProvisional(2025)).isTrue();
    // the notice's make-up Sunday 2025-01-26 is a plain Sunday again; 除夕 2025-01-28 stays off
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isFalse();
    assertThat(calendar.day(LocalDate.of(2025, 1, 28)).provisional()).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
    // the notice's extra days (2025-02-03, 春节 8 days) are working days by the law alone
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
  }
}
