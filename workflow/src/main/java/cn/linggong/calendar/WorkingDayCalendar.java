package cn.linggong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Counts working days the way the law does: weekends and statutory holidays do not count, official
 * make-up working days (调休上班) do. Answers from memory; the copy is reloaded when an admin changes
 * the calendar on this node at once, and on every other node within {@code
 * linggong.calendar.refresh-interval}. A date in a year that is not maintained is an error ({@link
 * CalendarYearUnknownException}), never a weekends-only guess.
 */
@Service
public class WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final CalendarMapper mapper;
  private volatile Snapshot snapshot;

  WorkingDayCalendar(CalendarMapper mapper) {
    this.mapper = mapper;
  }

  private record Snapshot(long revision, Set<Integer> years, Map<LocalDate, CalendarDay> days) {}

  /** Is this date worked? */
  public boolean isWorkingDay(LocalDate date) {
    return day(date).workingDay();
  }

  /** What the calendar says of a date: its kind and, for holidays and make-up days, its name. */
  public DayInfo day(LocalDate date) {
    Snapshot data = current();
    requireYear(data, date.getYear());
    CalendarDay exception = data.days().get(date);
    if (exception != null) {
      return new DayInfo(date, exception.kind().working(), exception.kind(), exception.name());
    }
    DayKind kind = isWeekend(date) ? DayKind.WEEKEND : DayKind.WEEKDAY;
    return new DayInfo(date, kind.working(), kind, null);
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
    requireYear(current(), from.getYear());
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
    requireYear(current(), from.getYear());
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  /** The date {@code days} calendar days after {@code from} (statutory limits in calendar days). */
  public LocalDate addCalendarDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    return from.plusDays(days);
  }

  public boolean knows(int year) {
    return current().years().contains(year);
  }

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
    snapshot = new Snapshot(revision, years, days);
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

  private static void requireYear(Snapshot data, int year) {
    if (!data.years().contains(year)) {
      throw new CalendarYearUnknownException(year);
    }
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
