package cn.linggong.calendar;

import com.tyme.lunar.LunarDay;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The days off the law gives a year before the State Council's notice for it is entered:
 * 《全国年节及纪念日放假办法》 as revised on 2024-11-10 (in force 2025-01-01). Articles 2 and 6: 元旦 1 day (1
 * January); 春节 4 days (除夕 and 正月初一 to 初三); 清明 1 day (the day of the 清明 solar term); 劳动节 2 days (1–2
 * May); 端午 1 day (五月初五); 中秋 1 day (八月十五); 国庆 3 days (1–3 October). Each of these days that falls on
 * a Saturday or Sunday gives one weekday off in lieu (补假), taken on the first weekdays after that
 * holiday's days that are not already off. A 中秋 that falls on a 国庆 day is two holidays on one date
 * and gives a day in lieu the same way (the State Council did so in 2020 and 2009). No make-up
 * working days (调休上班) are guessed: only the notice can set those.
 *
 * <p>Lunar dates and the solar term come from tyme4j (6tail, MIT), which reckons new moons and
 * terms in Beijing time as China's calendar does (2027's 正月初一 is 6 February, not the 7th an
 * astronomical calendar in another zone gives; a leap month never moves 端午 or 中秋). The years
 * covered are those whose festival dates were checked against the published table (see {@code
 * StatutoryHolidaysTest}): {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 */
public final class StatutoryHolidays {

  /** The first year of the revised law. */
  public static final int FIRST_YEAR = 2025;

  /** The last year whose lunar dates were checked against a published table. */
  public static final int LAST_YEAR = 2050;

  private static final String BUNDLE = "i18n/messages";

  private StatutoryHolidays() {}

  /** The holidays of all citizens (article 2), in the order of the year. */
  public enum Festival {
    NEW_YEAR,
    SPRING_FESTIVAL,
    QINGMING,
    LABOUR_DAY,
    DRAGON_BOAT,
    MID_AUTUMN,
    NATIONAL_DAY;

    /** The festival's name as the law and the notices spell it (the calendar stores Chinese). */
    public String lawName() {
      return chinese().getString("calendar.festival." + name());
    }

    /** The name of a day given in lieu of this festival's day on a weekend (…补假). */
    public String inLieuName() {
      return chinese().getString("calendar.festival.inLieu").replace("{0}", lawName());
    }

    /** The Chinese bundle itself, never the machine's language. */
    private static ResourceBundle chinese() {
      return ResourceBundle.getBundle(
          BUNDLE,
          Locale.SIMPLIFIED_CHINESE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
  }

  /** A statutory day of a year, or a day off given in lieu of one ({@code inLieu}). */
  public record StatutoryDay(LocalDate date, Festival festival, boolean inLieu) {
    public String name() {
      return inLieu ? festival.inLieuName() : festival.lawName();
    }
  }

  /** Whether this source gives the year's days. */
  public static boolean covers(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** The dates the law names for a festival in a year (before any day in lieu). */
  public static List<LocalDate> dates(Festival festival, int year) {
    requireCovered(year);
    return switch (festival) {
      case NEW_YEAR -> List.of(LocalDate.of(year, 1, 1));
      case SPRING_FESTIVAL -> {
        LocalDate firstDay = solar(LunarDay.fromYmd(year, 1, 1).getSolarDay());
        yield IntStream.rangeClosed(-1, 2).mapToObj(firstDay::plusDays).toList();
      }
      case QINGMING -> List.of(solar(SolarTerm.fromName(year, "清明").getJulianDay().getSolarDay()));
      case LABOUR_DAY -> List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2));
      case DRAGON_BOAT -> List.of(solar(LunarDay.fromYmd(year, 5, 5).getSolarDay()));
      case MID_AUTUMN -> List.of(solar(LunarDay.fromYmd(year, 8, 15).getSolarDay()));
      case NATIONAL_DAY ->
          List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3));
    };
  }

  /**
   * Every statutory day of the year and every day in lieu, by date. A statutory day on a weekend is
   * listed (it is a holiday, if not a working day's worth); the calendar stores only the weekdays.
   */
  public static List<StatutoryDay> of(int year) {
    requireCovered(year);
    record Span(Festival festival, List<LocalDate> dates) {}
    List<Span> spans = new ArrayList<>();
    for (Festival festival : Festival.values()) {
      spans.add(new Span(festival, dates(festival, year)));
    }
    spans.sort(Comparator.comparing((Span s) -> s.dates().get(0)));
    Set<LocalDate> off = new HashSet<>();
    spans.forEach(s -> off.addAll(s.dates()));

    List<StatutoryDay> days = new ArrayList<>();
    Set<LocalDate> claimed = new HashSet<>();
    for (Span span : spans) {
      int lost = 0;
      for (LocalDate date : span.dates()) {
        days.add(new StatutoryDay(date, span.festival(), false));
        if (isWeekend(date) || !claimed.add(date)) {
          lost++; // on a weekend, or already another festival's day
        }
      }
      LocalDate candidate = span.dates().get(span.dates().size() - 1);
      while (lost > 0) {
        candidate = candidate.plusDays(1);
        if (!isWeekend(candidate) && off.add(candidate)) {
          days.add(new StatutoryDay(candidate, span.festival(), true));
          claimed.add(candidate);
          lost--;
        }
      }
    }
    days.sort(Comparator.comparing(StatutoryDay::date));
    return List.copyOf(days);
  }

  /**
   * The provisional year as the calendar keeps a year: the weekdays that are off, each with its
   * name (statutory days on weekends need no row; a date of two festivals names both).
   */
  public static List<CalendarDay> provisionalYear(int year) {
    java.util.Map<LocalDate, String> names = new java.util.TreeMap<>();
    String and = Festival.chinese().getString("calendar.festival.and");
    for (StatutoryDay day : of(year)) {
      if (!isWeekend(day.date())) {
        names.merge(day.date(), day.name(), (a, b) -> a + and + b);
      }
    }
    return names.entrySet().stream()
        .map(e -> new CalendarDay(e.getKey(), DayKind.HOLIDAY, e.getValue()))
        .toList();
  }

  private static void requireCovered(int year) {
    if (!covers(year)) {
      throw new CalendarYearUnknownException(year);
    }
  }

  private static LocalDate solar(SolarDay day) {
    return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
