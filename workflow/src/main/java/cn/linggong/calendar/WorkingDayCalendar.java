package cn.linggong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Counts working days the way the law does: weekends and statutory holidays do not count, official
 * make-up working days (调休上班) do. A year whose State Council notice an admin has entered is
 * official; a year without one is provisional, its days off derived from the law ({@link
 * StatutoryHolidays}: statutory days and days in lieu, no make-up days), and every answer that
 * looked at such a year says so ({@link #provisionalYears}). A year the law's source does not cover
 * either is an error ({@link CalendarYearUnknownException}), never a weekends-only guess. Answers
 * from memory; the copy is reloaded when an admin changes the calendar on this node at once, and on
 * every other node within {@code linggong.calendar.refresh-interval}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final CalendarMapper mapper;
  private volatile Snapshot snapshot;

  private record Snapshot(
      long revision,
      Set<Integer> years,
      Map<LocalDate, CalendarDay> days,
      Map<Integer, Map<LocalDate, CalendarDay>> provisional) {

    /** The dated exceptions of a year: entered, or derived from the law. */
    Map<LocalDate, CalendarDay> exceptionsOf(int year) {
      if (years.contains(year)) {
        return days;
      }
      if (!StatutoryHolidays.covers(year)) {
        throw new CalendarYearUnknownException(year);
      }
      return provisional.computeIfAbsent(
          year,
          y ->
              StatutoryHolidays.provisionalYear(y).stream()
                  .collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity())));
    }
  }

  /** Is this date worked? */
  public boolean isWorkingDay(LocalDate date) {
    return day(date).workingDay();
  }

  /** What the calendar says of a date: its kind and, for holidays and make-up days, its name. */
  public DayInfo day(LocalDate date) {
    Snapshot data = current();
    boolean provisional = !data.years().contains(date.getYear());
    CalendarDay exception = data.exceptionsOf(date.getYear()).get(date);
    if (exception != null) {
      return new DayInfo(
          date, exception.kind().working(), exception.kind(), exception.name(), provisional);
    }
    DayKind kind = isWeekend(date) ? DayKind.WEEKEND : DayKind.WEEKDAY;
    return new DayInfo(date, kind.working(), kind, null, provisional);
  }

  /**
   * The years from {@code from}'s to {@code to}'s (either order) that are provisional: an answer
   * that looked at dates in that span was computed from them. Empty when all are official; a year
   * neither entered nor covered by the law's source is an error.
   */
  public SortedSet<Integer> provisionalYears(LocalDate from, LocalDate to) {
    Snapshot data = current();
    int first = Math.min(from.getYear(), to.getYear());
    int last = Math.max(from.getYear(), to.getYear());
    SortedSet<Integer> years = new TreeSet<>();
    for (int year = first; year <= last; year++) {
      if (!data.years().contains(year)) {
        requireCovered(year);
        years.add(year);
      }
    }
    return Collections.unmodifiableSortedSet(years);
  }

  /** Whether a year is counted from the law alone (no notice entered, within the law's source). */
  public boolean isProvisional(int year) {
    return !current().years().contains(year) && StatutoryHolidays.covers(year);
  }

  /**
   * The date {@code days} working days after {@code from}. Adding 0 to a working day gives that
   * day; adding 0 to a non-working day gives the next working day. The result is always a working
   * day.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    current().exceptionsOf(from.getYear());
    LocalDate date = from;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    while (!isWorkingDay(date)) {
      date = date.plusDays(1);
    }
    return date;
  }

  /**
   * Working days after {@code from}, up to and including {@code to}; {@code to} not before {@code
   * from}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    current().exceptionsOf(from.getYear());
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The date {@code days} working days before {@code from}: the working day from which adding that
   * many gives {@code from} or the first working day before it. The result is a working day.
   */
  public LocalDate minusWorkingDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate date = from;
    while (!isWorkingDay(date)) {
      date = date.minusDays(1);
    }
    int counted = 0;
    while (counted < days) {
      date = date.minusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /** The date {@code days} calendar days after {@code from} (statutory limits in calendar days). */
  public LocalDate addCalendarDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    return from.plusDays(days);
  }

  /** Whether an admin entered the year's official arrangement. */
  public boolean knows(int year) {
    return current().years().contains(year);
  }

  /** The official years. */
  public Set<Integer> years() {
    return current().years();
  }

  /** Reloads the copy when the calendar changed on any node. */
  @Scheduled(
      fixedDelayString = "${linggong.calendar.refresh-interval:PT30S}",
      initialDelayString = "${linggong.calendar.refresh-interval:PT30S}")
  public void refreshIfChanged() {
    Snapshot data = snapshot;
    if (data == null || mapper.findRevision() != data.revision()) {
      reload();
    }
  }

  /** Reloads the copy now (after a change on this node). */
  public synchronized void reload() {
    long revision = mapper.findRevision();
    Set<Integer> years =
        mapper.findYears().stream().map(CalendarYear::year).collect(Collectors.toUnmodifiableSet());
    Map<LocalDate, CalendarDay> days =
        mapper.findAllDays().stream()
            .collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
    snapshot = new Snapshot(revision, years, days, new ConcurrentHashMap<>());
    log.info(
        "Working-day calendar loaded: years {}, {} dated exceptions, revision {}",
        years,
        days.size(),
        revision);
  }

  private Snapshot current() {
    Snapshot data = snapshot;
    if (data == null) {
      reload();
      data = snapshot;
    }
    return data;
  }

  private static void requireCovered(int year) {
    if (!StatutoryHolidays.covers(year)) {
      throw new CalendarYearUnknownException(year);
    }
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
