package cn.linggong.calendar;

import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a year's calendar from CSV: one row per date, {@code date,kind,name}, e.g. {@code
 * 2027-10-01,HOLIDAY,国庆节}. The kind may also be written 放假 / 上班. A first row of column names is
 * skipped; blank lines and lines starting with # are ignored.
 */
public final class CsvImport {

  /** One row as read, with what is wrong with it (nothing when it can be imported). */
  public record Row(
      int line, String date, String kind, String name, CalendarDay day, List<Violation> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** Every row, and whether all of them can be imported. */
  public record Preview(int year, List<Row> rows) {
    public boolean valid() {
      return !rows.isEmpty() && rows.stream().allMatch(Row::valid);
    }

    public List<CalendarDay> days() {
      return rows.stream().map(Row::day).toList();
    }

    public long holidays() {
      return rows.stream()
          .filter(r -> r.day() != null && r.day().kind() == DayKind.HOLIDAY)
          .count();
    }

    public long workdays() {
      return rows.stream()
          .filter(r -> r.day() != null && r.day().kind() == DayKind.WORKDAY)
          .count();
    }
  }

  private CsvImport() {}

  public static Preview read(int year, String text) {
    List<Row> rows = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    String[] lines = text == null ? new String[0] : text.replace("\uFEFF", "").split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()
          || line.startsWith("#")
          || (rows.isEmpty() && line.toLowerCase().startsWith("date"))) {
        continue;
      }
      String[] cells = line.split("[,，]", -1);
      String date = cells.length > 0 ? cells[0].trim() : "";
      String kind = cells.length > 1 ? cells[1].trim() : "";
      String name = cells.length > 2 ? cells[2].trim() : "";
      List<Violation> problems = new ArrayList<>();
      if (cells.length != 3) {
        problems.add(Violation.of("calendar.csv.columns", cells.length));
      }
      LocalDate day = null;
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        problems.add(Violation.of("calendar.date.format"));
      }
      DayKind dayKind = kind(kind);
      if (dayKind == null) {
        problems.add(Violation.of("calendar.kind.invalid"));
      }
      CalendarDay candidate = new CalendarDay(day, dayKind, name);
      if (day != null && dayKind != null) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        CalendarMaintenance.checkDay(year, candidate, "", seen, errors);
        try {
          errors.throwIfAny();
        } catch (InvalidInputException e) {
          e.violations().stream().map(FieldViolation::violation).forEach(problems::add);
        }
      } else if (name.isEmpty()) {
        problems.add(Violation.of("validation.required"));
      }
      rows.add(
          new Row(
              i + 1,
              date,
              kind,
              name,
              problems.isEmpty() ? candidate : null,
              List.copyOf(problems)));
    }
    return new Preview(year, List.copyOf(rows));
  }

  private static DayKind kind(String text) {
    return switch (text.toUpperCase()) {
      case "HOLIDAY", "放假", "假日", "节假日" -> DayKind.HOLIDAY;
      case "WORKDAY", "上班", "调休上班" -> DayKind.WORKDAY;
      default -> null;
    };
  }
}
