package cn.linggong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.calendar.StatutoryHolidays.Festival;
import cn.linggong.calendar.StatutoryHolidays.StatutoryDay;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provisional year from 《全国年节及纪念日放假办法》 (2024 revision): the lunar festivals on the dates
 * China's calendar gives (checked against the published table in {@code
 * calendar/festivals-2027-2035.csv}), 13 statutory days a year, and a weekday off in lieu of each
 * one on a weekend.
 */
class StatutoryHolidaysTest {

  private static List<String[]> publishedTable() throws IOException {
    try (InputStream in =
        StatutoryHolidaysTest.class.getResourceAsStream("/calendar/festivals-2027-2035.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split(","))
          .toList();
    }
  }

  @Test
  void theFestivalsOf2027To2035FallOnTheDatesOfThePublishedTable() throws IOException {
    List<String[]> table = publishedTable();
    assertThat(table).hasSize(9);
    for (String[] row : table) {
      int year = Integer.parseInt(row[0]);
      List<LocalDate> spring = StatutoryHolidays.dates(Festival.SPRING_FESTIVAL, year);
      assertThat(spring.get(0)).as("除夕 %d", year).isEqualTo(LocalDate.parse(row[1]));
      assertThat(spring.get(1)).as("正月初一 %d", year).isEqualTo(LocalDate.parse(row[2]));
      assertThat(StatutoryHolidays.dates(Festival.QINGMING, year))
          .as("清明 %d", year)
          .containsExactly(LocalDate.parse(row[3]));
      assertThat(StatutoryHolidays.dates(Festival.DRAGON_BOAT, year))
          .as("端午 %d", year)
          .containsExactly(LocalDate.parse(row[4]));
      assertThat(StatutoryHolidays.dates(Festival.MID_AUTUMN, year))
          .as("中秋 %d", year)
          .containsExactly(LocalDate.parse(row[5]));
    }
  }

  @Test
  void newYearsEveOf2027IsTheFifthOfFebruaryNotTheSixth() {
    // the new moon is at about 23:56 Beijing time on 6 February 2027: 正月初一 is the 6th in China
    assertThat(StatutoryHolidays.dates(Festival.SPRING_FESTIVAL, 2027))
        .containsExactly(
            LocalDate.of(2027, 2, 5),
            LocalDate.of(2027, 2, 6),
            LocalDate.of(2027, 2, 7),
            LocalDate.of(2027, 2, 8));
    assertThat(StatutoryHolidays.dates(Festival.SPRING_FESTIVAL, 2030).get(1))
        .isEqualTo(LocalDate.of(2030, 2, 3));
  }

  @Test
  void aLeapFifthMonthDoesNotMoveTheDragonBoatFestival() {
    // 2028 has a 闰五月: 端午 is the fifth of the ordinary fifth month
    assertThat(StatutoryHolidays.dates(Festival.DRAGON_BOAT, 2028))
        .containsExactly(LocalDate.of(2028, 5, 28));
  }

  @ParameterizedTest
  @ValueSource(ints = {2025, 2027, 2030, 2040, 2050})
  void everyYearHasThirteenStatutoryDaysAndNoMakeUpWorkingDay(int year) {
    List<StatutoryDay> days = StatutoryHolidays.of(year);
    assertThat(days.stream().filter(d -> !d.inLieu())).hasSize(13);
    // each statutory day on a weekend, or on a date another festival already holds, is made up
    java.util.Set<LocalDate> held = new java.util.HashSet<>();
    long lost =
        days.stream()
            .filter(d -> !d.inLieu())
            .filter(d -> isWeekend(d.date()) || !held.add(d.date()))
            .count();
    assertThat(days.stream().filter(StatutoryDay::inLieu)).hasSize((int) lost);
    assertThat(days.stream().filter(StatutoryDay::inLieu).map(StatutoryDay::date))
        .allMatch(d -> !isWeekend(d));
    assertThat(StatutoryHolidays.provisionalYear(year))
        .allMatch(d -> d.kind() == DayKind.HOLIDAY && !isWeekend(d.date()));
  }

  @Test
  void labourDayOnASaturdayAndSundayGivesTheMondayAndTuesdayAfterIt() {
    // 2027-05-01 is a Saturday
    assertThat(LocalDate.of(2027, 5, 1).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(inLieu(2027, Festival.LABOUR_DAY))
        .containsExactly(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4));
    Map<LocalDate, String> names = names(2027);
    assertThat(names.get(LocalDate.of(2027, 5, 3))).isEqualTo("劳动节补假");
    assertThat(names).doesNotContainKey(LocalDate.of(2027, 5, 1)); // a Saturday needs no row
  }

  @Test
  void theSpringFestivalOf2027LosesTwoDaysToTheWeekendAndGetsThemAfterIt() {
    // 除夕 Fri 2-5, 初一 Sat 2-6, 初二 Sun 2-7, 初三 Mon 2-8 → Tue 2-9 and Wed 2-10 in lieu
    assertThat(inLieu(2027, Festival.SPRING_FESTIVAL))
        .containsExactly(LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10));
    assertThat(names(2027))
        .containsEntry(LocalDate.of(2027, 2, 5), "春节")
        .containsEntry(LocalDate.of(2027, 2, 8), "春节")
        .containsEntry(LocalDate.of(2027, 2, 9), "春节补假");
  }

  @Test
  void aMidAutumnOnANationalDayIsTwoHolidaysOnOneDate() {
    // 2028: 国庆 Sun 10-1 to Tue 10-3, 中秋 Tue 10-3 → 10-4 for 国庆's Sunday, 10-5 for 中秋
    assertThat(inLieu(2028, Festival.NATIONAL_DAY)).containsExactly(LocalDate.of(2028, 10, 4));
    assertThat(inLieu(2028, Festival.MID_AUTUMN)).containsExactly(LocalDate.of(2028, 10, 5));
    assertThat(names(2028)).containsEntry(LocalDate.of(2028, 10, 3), "国庆节、中秋节");
  }

  @Test
  void aYearTheSourceDoesNotCoverIsAnError() {
    assertThat(StatutoryHolidays.covers(2050)).isTrue();
    assertThat(StatutoryHolidays.covers(2051)).isFalse();
    assertThat(StatutoryHolidays.covers(2024)).isFalse();
    assertThatThrownBy(() -> StatutoryHolidays.of(2051))
        .isInstanceOfSatisfying(
            CalendarYearUnknownException.class, e -> assertThat(e.year()).isEqualTo(2051));
  }

  private static List<LocalDate> inLieu(int year, Festival festival) {
    return StatutoryHolidays.of(year).stream()
        .filter(d -> d.inLieu() && d.festival() == festival)
        .map(StatutoryDay::date)
        .toList();
  }

  private static Map<LocalDate, String> names(int year) {
    return StatutoryHolidays.provisionalYear(year).stream()
        .collect(Collectors.toMap(CalendarDay::date, CalendarDay::name));
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
