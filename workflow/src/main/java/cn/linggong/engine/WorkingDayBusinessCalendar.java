package cn.linggong.engine;

import cn.linggong.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's "duration" and "dueDate" business calendars, taught working days: {@code P5WD} is
 * five working days later at the same time of day (weekends and holidays skipped, make-up days
 * counted, from the working-day calendar). Every other description goes to the engine's own
 * calendar unchanged.
 */
class WorkingDayBusinessCalendar implements BusinessCalendar {

  static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,4})WD", Pattern.CASE_INSENSITIVE);

  private final BusinessCalendar delegate;
  private final WorkingDayCalendar calendar;
  private final ZoneId zone;

  WorkingDayBusinessCalendar(BusinessCalendar delegate, WorkingDayCalendar calendar, ZoneId zone) {
    this.delegate = delegate;
    this.calendar = calendar;
    this.zone = zone;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    Matcher m = WORKING_DAYS.matcher(description.trim());
    return m.matches()
        ? add(null, Integer.parseInt(m.group(1)))
        : delegate.resolveDuedate(description, task);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    Matcher m = WORKING_DAYS.matcher(description.trim());
    if (m.matches()) {
      return add(startDate, Integer.parseInt(m.group(1)));
    }
    return startDate == null
        ? delegate.resolveDuedate(description)
        : delegate.resolveDuedate(description, startDate);
  }

  private Date add(Date start, int days) {
    ZonedDateTime from =
        (start == null ? ClockUtil.getCurrentTime() : start).toInstant().atZone(zone);
    LocalDate day = calendar.addWorkingDays(from.toLocalDate(), days);
    return Date.from(from.with(day).toInstant());
  }
}
