package cn.linggong.shared.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * How a person may write a date, on a screen's date picker and in a form value sent to the API:
 * {@code 2026-12-01} (ISO, what is always shown), {@code 2026/12/1} and {@code 20261201}. One list,
 * so that the picker and the server read the same.
 */
public final class DateInput {

  /** The patterns, ISO first (the picker shows dates in the first). */
  public static final List<String> PATTERNS = List.of("yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd");

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));

  private DateInput() {}

  /** The date {@code text} names in one of the patterns; empty when it names none. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(trimmed, format));
      } catch (DateTimeParseException e) {
        // the next pattern may read it
      }
    }
    return Optional.empty();
  }
}
