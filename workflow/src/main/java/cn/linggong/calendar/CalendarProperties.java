package cn.linggong.calendar;

import java.time.Duration;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.calendar.*}.
 *
 * @param refreshInterval how often each node checks whether another node changed the calendar
 * @param maxDays the largest number of days one calculation accepts (a guard, not a policy)
 * @param nextYearReminderFrom from this day of the year (MM-DD) admins are reminded, on the home
 *     screen and by mail, while next year's arrangement is not entered
 * @param nextYearReminderInterval how often that mail goes out
 */
@ConfigurationProperties("linggong.calendar")
public record CalendarProperties(
    @DefaultValue("30s") Duration refreshInterval,
    @DefaultValue("3660") int maxDays,
    @DefaultValue("11-01") String nextYearReminderFrom,
    @DefaultValue("7d") Duration nextYearReminderInterval) {

  public CalendarProperties {
    reminderStart(nextYearReminderFrom); // fails the start on a wrong value
  }

  /** The reminder's first day of the year. */
  public MonthDay reminderStart() {
    return reminderStart(nextYearReminderFrom);
  }

  private static MonthDay reminderStart(String text) {
    try {
      return MonthDay.parse("--" + text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "linggong.calendar.next-year-reminder-from must read MM-DD, e.g. 11-01: " + text, e);
    }
  }
}
