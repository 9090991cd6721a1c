package cn.linggong.calendar;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Admins keep the calendar: whole years (from the State Council's notice), single dates, CSV
 * imports. Every write checks every row first and writes nothing if one is wrong; every change is
 * audited date by date (who, when, before, after); every node reloads its copy. Entering a year
 * that was provisional makes it official and asks, in the same transaction, for every date computed
 * from it to be computed again ({@link OfficialYearEntered}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalendarMaintenance {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final int NAME_MAX = 64;
  static final int SOURCE_MAX = 500;

  private final CalendarMapper mapper;
  private final WorkingDayCalendar calendar;
  private final AuditService audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<RecomputationProgress> progress;

  @Transactional(readOnly = true)
  public List<CalendarYear> years() {
    return mapper.findYears();
  }

  @Transactional(readOnly = true)
  public Optional<CalendarYear> year(int year) {
    return mapper.findYears().stream().filter(y -> y.year() == year).findFirst();
  }

  @Transactional(readOnly = true)
  public List<CalendarDay> daysOf(int year) {
    return mapper.findDaysOfYear(year);
  }

  /**
   * A year as the calendar counts it: official (the entered notice, and how the recomputation of
   * its once-provisional dates stands) or provisional (the law's days off, no make-up days).
   */
  public record YearView(
      int year,
      boolean provisional,
      String source,
      List<CalendarDay> days,
      RecomputationProgress.Progress recomputation) {}

  /** A year, official or provisional; a year neither entered nor derivable is an error. */
  @Transactional(readOnly = true)
  public YearView view(int year) {
    Optional<CalendarYear> official = year(year);
    if (official.isPresent()) {
      return new YearView(
          year,
          false,
          official.get().source(),
          mapper.findDaysOfYear(year),
          progress.getIfAvailable() == null ? null : progress.getObject().of(year).orElse(null));
    }
    if (!StatutoryHolidays.covers(year)) {
      throw new CalendarYearUnknownException(year);
    }
    return new YearView(year, true, null, StatutoryHolidays.provisionalYear(year), null);
  }

  /** A year and whether it is provisional, with its notice when official. */
  public record YearStatus(int year, boolean provisional, String source) {}

  /** Every official year, and every provisional year from this year to the law source's last. */
  @Transactional(readOnly = true)
  public List<YearStatus> yearStatuses() {
    java.util.TreeMap<Integer, YearStatus> all = new java.util.TreeMap<>();
    for (CalendarYear y : mapper.findYears()) {
      all.put(y.year(), new YearStatus(y.year(), false, y.source()));
    }
    int thisYear = LocalDate.now(clock).getYear();
    for (int y = Math.max(thisYear, StatutoryHolidays.FIRST_YEAR);
        y <= StatutoryHolidays.LAST_YEAR;
        y++) {
      all.putIfAbsent(y, new YearStatus(y, true, null));
    }
    return List.copyOf(all.values());
  }

  /**
   * Replaces a year's dated exceptions (and creates the year if new). {@code field} names in errors
   * are {@code days[i].date|kind|name} and {@code source}.
   */
  @Transactional
  public void replaceYear(int year, String source, List<CalendarDay> days, LinggongUser admin) {
    CalendarPolicy.MAINTAIN.check(admin);
    replace(year, source, days, admin.userId());
  }

  private void replace(int year, String source, List<CalendarDay> days, String actor) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    checkYear(year, errors, "year");
    if (source == null || source.isBlank()) {
      errors.add("source", "validation.required");
    } else if (source.length() > SOURCE_MAX) {
      errors.add("source", "calendar.source.tooLong", SOURCE_MAX);
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      checkDay(year, days.get(i), "days[" + i + "].", seen, errors);
    }
    errors.throwIfAny();

    Map<LocalDate, CalendarDay> before = new LinkedHashMap<>();
    mapper.findDaysOfYear(year).forEach(d -> before.put(d.date(), d));
    CalendarYear row = new CalendarYear(year, source.trim(), clock.instant(), actor);
    boolean existed = year(year).isPresent();
    if (existed) {
      mapper.updateYear(row);
    } else {
      mapper.insertYear(row);
      audit.record(
          actor, "CALENDAR_YEAR_ADDED", "calendar-year", String.valueOf(year), null, source.trim());
    }
    mapper.deleteDaysOfYear(year);
    Map<LocalDate, CalendarDay> after = new LinkedHashMap<>();
    for (CalendarDay day : days) {
      CalendarDay clean = new CalendarDay(day.date(), day.kind(), day.name().trim());
      mapper.insertDay(clean, year);
      after.put(clean.date(), clean);
    }
    auditDifferences(actor, before, after);
    changed();
    if (!existed) {
      events.publishEvent(new OfficialYearEntered(year, source.trim(), actor));
    }
  }

  /** Reads a CSV file for a year and says, row by row, what would be imported. Writes nothing. */
  public CsvImport.Preview previewCsv(LinggongUser admin, int year, String text) {
    CalendarPolicy.MAINTAIN.check(admin);
    return CsvImport.read(year, text);
  }

  /** Imports a CSV file as the whole year; nothing is written if any row is wrong. */
  @Transactional
  public CsvImport.Preview importCsv(int year, String source, String text, LinggongUser admin) {
    CalendarPolicy.MAINTAIN.check(admin);
    String actor = admin.userId();
    CsvImport.Preview preview = CsvImport.read(year, text);
    if (!preview.valid()) {
      throw InvalidInputException.of(
          "file", preview.rows().isEmpty() ? "calendar.csv.empty" : "calendar.csv.invalid");
    }
    replaceYear(year, source, preview.days(), admin);
    return preview;
  }

  /** Adds a date to a maintained year, or changes it. */
  @Transactional
  public void putDay(CalendarDay day, LinggongUser admin) {
    CalendarPolicy.MAINTAIN.check(admin);
    String actor = admin.userId();
    if (day.date() == null) {
      throw InvalidInputException.of("date", "validation.required");
    }
    int year = day.date().getYear();
    CalendarYear existing = requireYear(year, "date");
    List<CalendarDay> days = new ArrayList<>(mapper.findDaysOfYear(year));
    days.removeIf(d -> d.date().equals(day.date()));
    days.add(day);
    days.sort(java.util.Comparator.comparing(CalendarDay::date));
    replaceYearReportingFieldsOf(year, existing.source(), days, day, actor);
  }

  /** Removes a dated exception: the date becomes a plain weekday or weekend again. */
  @Transactional
  public void removeDay(LocalDate date, LinggongUser admin) {
    CalendarPolicy.MAINTAIN.check(admin);
    String actor = admin.userId();
    CalendarYear existing = requireYear(date.getYear(), "date");
    List<CalendarDay> days = new ArrayList<>(mapper.findDaysOfYear(date.getYear()));
    if (!days.removeIf(d -> d.date().equals(date))) {
      throw InvalidInputException.of("date", "calendar.day.notListed", date);
    }
    replaceYear(date.getYear(), existing.source(), days, admin);
  }

  /** Removes a whole year: it becomes unknown, and asking about it an error. */
  @Transactional
  public void removeYear(int year, LinggongUser admin) {
    CalendarPolicy.MAINTAIN.check(admin);
    String actor = admin.userId();
    requireYear(year, "year");
    mapper.deleteDaysOfYear(year);
    mapper.deleteYear(year);
    audit.record(actor, "CALENDAR_YEAR_REMOVED", "calendar-year", String.valueOf(year), null, null);
    changed();
  }

  private void replaceYearReportingFieldsOf(
      int year, String source, List<CalendarDay> days, CalendarDay edited, String actor) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    checkDay(year, edited, "", new HashSet<>(), errors);
    errors.throwIfAny();
    replace(year, source, days, actor);
  }

  private CalendarYear requireYear(int year, String field) {
    return year(year)
        .orElseThrow(() -> InvalidInputException.of(field, "calendar.yearNotEntered", year));
  }

  private static void checkYear(int year, InvalidInputException.Collector errors, String field) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      errors.add(field, "calendar.year.range", FIRST_YEAR, LAST_YEAR);
    }
  }

  /** The rules of one row; {@code prefix} makes the field names ({@code days[3].}). */
  static void checkDay(
      int year,
      CalendarDay day,
      String prefix,
      Set<LocalDate> seen,
      InvalidInputException.Collector errors) {
    if (day.date() == null) {
      errors.add(prefix + "date", "validation.required");
    } else {
      if (day.date().getYear() != year) {
        errors.add(prefix + "date", "calendar.day.otherYear", day.date(), year);
      } else if (!seen.add(day.date())) {
        errors.add(prefix + "date", "calendar.day.duplicate", day.date());
      }
    }
    if (day.kind() == null || day.kind() == DayKind.WEEKDAY || day.kind() == DayKind.WEEKEND) {
      errors.add(prefix + "kind", "calendar.kind.invalid");
    } else if (day.date() != null) {
      boolean weekend = WorkingDayCalendar.isWeekend(day.date());
      if (day.kind() == DayKind.HOLIDAY && weekend) {
        errors.add(prefix + "kind", "calendar.kind.holidayOnWeekend", day.date());
      } else if (day.kind() == DayKind.WORKDAY && !weekend) {
        errors.add(prefix + "kind", "calendar.kind.workdayOnWeekday", day.date());
      }
    }
    if (day.name() == null || day.name().isBlank()) {
      errors.add(prefix + "name", "validation.required");
    } else if (day.name().trim().length() > NAME_MAX) {
      errors.add(prefix + "name", "calendar.name.tooLong", NAME_MAX);
    }
  }

  private void auditDifferences(
      String actor, Map<LocalDate, CalendarDay> before, Map<LocalDate, CalendarDay> after) {
    Set<LocalDate> dates = new java.util.TreeSet<>(before.keySet());
    dates.addAll(after.keySet());
    for (LocalDate date : dates) {
      CalendarDay was = before.get(date);
      CalendarDay now = after.get(date);
      if (!Objects.equals(was, now)) {
        audit.record(
            actor,
            "CALENDAR_DAY_CHANGED",
            "calendar-day",
            date.toString(),
            null,
            describe(was) + " → " + describe(now));
      }
    }
  }

  private static String describe(CalendarDay day) {
    return day == null ? "—" : day.kind() + " " + day.name();
  }

  /** Tells every node: this one reloads after commit, the others see the new revision. */
  private void changed() {
    mapper.bumpRevision();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              calendar.reload();
            }
          });
    } else {
      calendar.reload();
    }
  }
}
