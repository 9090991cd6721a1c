package cn.linggong.calendar;

import cn.linggong.shared.RuleViolationException;

/**
 * The calendar was asked about a year an admin has not entered and the law's holidays cannot be
 * derived for ({@link StatutoryHolidays#covers}). Never answered with a weekends-only guess: the
 * year must be maintained first.
 */
public class CalendarYearUnknownException extends RuleViolationException {

  public static final String MESSAGE_KEY = "calendar.yearUnknown";

  private final int year;

  public CalendarYearUnknownException(int year) {
    super(MESSAGE_KEY, year, StatutoryHolidays.FIRST_YEAR, StatutoryHolidays.LAST_YEAR);
    this.year = year;
  }

  public int year() {
    return year;
  }
}
