package cn.linggong.calendar;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar over REST. Every answer says whether it was computed from a provisional
 * year (no State Council notice entered: the statutory holidays alone) and from which. Bad input is
 * 400 with a message per parameter; a year neither entered nor covered by the law's source is 422.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "calendar", description = "工作日历：节假日与调休 · working-day calendar")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CalendarApi {

  private final WorkingDayCalendar calendar;
  private final CalendarMaintenance maintenance;
  private final CalendarProperties properties;

  record AddedDays(
      LocalDate from,
      int days,
      LocalDate date,
      boolean provisional,
      java.util.SortedSet<Integer> provisionalYears) {}

  record WorkingDays(
      LocalDate from,
      LocalDate to,
      int count,
      boolean provisional,
      java.util.SortedSet<Integer> provisionalYears) {}

  record Day(
      LocalDate date,
      boolean workingDay,
      DayKind kind,
      String name,
      boolean provisional,
      java.util.SortedSet<Integer> provisionalYears) {}

  record ListedDay(LocalDate date, DayKind kind, String name) {}

  /**
   * A year: official (with the notice it comes from) or provisional (derived from the law); for an
   * official year that was provisional, how the recomputation of its dates stands.
   */
  record Year(
      int year,
      boolean provisional,
      String source,
      List<ListedDay> days,
      RecomputeState recomputation) {}

  /** How the recomputation after entering a year stands: PENDING or DONE, and its counts. */
  record RecomputeState(String state, int examined, int changed, int failed) {}

  record YearChange(String source, List<ExceptionInput> days) {}

  /** A row as sent: strings, so that each bad value gets its own message. */
  record ExceptionInput(String date, String kind, String name) {}

  @GetMapping("/add-working-days")
  @Operation(
      summary =
          "The date N working days after from (N ≥ 0; 0 on a day off gives the next working day)")
  AddedDays addWorkingDays(@RequestParam String from, @RequestParam String days) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    LocalDate start = date("from", from, errors);
    Integer count = days("days", days, errors);
    errors.throwIfAny();
    LocalDate date = calendar.addWorkingDays(start, count);
    var years = calendar.provisionalYears(start, date);
    return new AddedDays(start, count, date, !years.isEmpty(), years);
  }

  @GetMapping("/working-days")
  @Operation(summary = "How many working days lie after from, up to and including to")
  WorkingDays workingDays(@RequestParam String from, @RequestParam String to) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        errors.add("to", "calendar.range.reversed");
      } else if (end.toEpochDay() - start.toEpochDay() > properties.maxDays()) {
        errors.add("to", "calendar.days.tooMany", properties.maxDays());
      }
    }
    errors.throwIfAny();
    int count = calendar.workingDaysBetween(start, end);
    var years = calendar.provisionalYears(start, end);
    return new WorkingDays(start, end, count, !years.isEmpty(), years);
  }

  @GetMapping("/day")
  @Operation(
      summary =
          "Is a date worked: WEEKDAY, WEEKEND, HOLIDAY or WORKDAY (make-up day), with its name")
  Day day(@RequestParam String date) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    LocalDate day = date("date", date, errors);
    errors.throwIfAny();
    DayInfo info = calendar.day(day);
    return new Day(
        info.date(),
        info.workingDay(),
        info.kind(),
        info.name(),
        info.provisional(),
        calendar.provisionalYears(day, day));
  }

  @GetMapping("/years")
  @Operation(
      summary =
          "The official years, and the provisional years the law gives from this year to the last"
              + " the lunar source covers")
  List<CalendarMaintenance.YearStatus> years() {
    return maintenance.yearStatuses();
  }

  @GetMapping("/years/{year}")
  @Operation(
      summary =
          "A year's holidays and make-up working days: the entered notice, or provisional from the"
              + " law (provisional: true, no make-up days)")
  Year year(@PathVariable int year) {
    CalendarMaintenance.YearView view = maintenance.view(year);
    return new Year(
        year,
        view.provisional(),
        view.source(),
        view.days().stream().map(d -> new ListedDay(d.date(), d.kind(), d.name())).toList(),
        view.recomputation() == null
            ? null
            : new RecomputeState(
                view.recomputation().state(),
                view.recomputation().examined(),
                view.recomputation().changed(),
                view.recomputation().failed()));
  }

  @PutMapping("/years/{year}")
  @Operation(summary = "Replace a whole year (admins); nothing is written if one row is wrong")
  Year putYear(LinggongUser user, @PathVariable int year, @RequestBody YearChange change) {
    // refused before the rows are read, so that a refusal says nothing about them
    LinggongUser admin = CalendarPolicy.MAINTAIN.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    List<CalendarDay> days = new ArrayList<>();
    List<ExceptionInput> rows = change == null || change.days() == null ? List.of() : change.days();
    for (int i = 0; i < rows.size(); i++) {
      ExceptionInput row = rows.get(i);
      if (row == null) {
        errors.add("days[" + i + "]", "validation.required");
        continue;
      }
      String prefix = "days[" + i + "].";
      LocalDate date = date(prefix + "date", row.date(), errors);
      DayKind kind = kind(prefix + "kind", row.kind(), errors);
      days.add(new CalendarDay(date, kind, row.name()));
    }
    errors.throwIfAny();
    maintenance.replaceYear(year, change == null ? null : change.source(), days, admin);
    return year(year);
  }

  private static LocalDate date(String field, String text, InvalidInputException.Collector errors) {
    if (text == null || text.isBlank()) {
      errors.add(field, "validation.required");
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      errors.add(field, "calendar.date.format");
      return null;
    }
  }

  private Integer days(String field, String text, InvalidInputException.Collector errors) {
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      errors.add(field, "calendar.days.format");
      return null;
    }
    if (value < 0) {
      errors.add(field, "calendar.days.negative");
    } else if (value > properties.maxDays()) {
      errors.add(field, "calendar.days.tooMany", properties.maxDays());
    }
    return value;
  }

  private static DayKind kind(String field, String text, InvalidInputException.Collector errors) {
    if (DayKind.HOLIDAY.name().equals(text)) {
      return DayKind.HOLIDAY;
    }
    if (DayKind.WORKDAY.name().equals(text)) {
      return DayKind.WORKDAY;
    }
    errors.add(field, "calendar.kind.invalid");
    return null;
  }
}
