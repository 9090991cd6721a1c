package cn.linggong.engine;

import cn.linggong.sla.DateRule;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine's "duration" and "dueDate" business calendars, taught working days: {@code P5WD} is
 * five working days later at the same time of day (weekends and holidays skipped, make-up days
 * counted, from the working-day calendar; a date reaching into a provisional year is computed again
 * when its arrangement is entered). Every other description goes to the engine's own calendar
 * unchanged.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WorkingDayBusinessCalendar implements BusinessCalendar {

  static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,4})WD", Pattern.CASE_INSENSITIVE);

  private final BusinessCalendar delegate;
  private final ObjectProvider<TimerDates> dates;

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
    Date from = start == null ? ClockUtil.getCurrentTime() : start;
    return dates.getObject().compute(DateRule.workingDays(days), from.toInstant());
  }
}
