package cn.linggong.engine;

import cn.linggong.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${workdays.add(n)}} in BPMN: the engine's "now" plus n working days, same time of day.
 * Prefer {@code ${limits.due('key')}}, which keeps the number out of the BPMN.
 */
@Component("workdays")
public class WorkdayExpressions {

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  WorkdayExpressions(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  public Date add(int days) {
    return add(days, ClockUtil.getCurrentTime());
  }

  public Date add(int days, Date from) {
    ZonedDateTime start = from.toInstant().atZone(clock.getZone());
    return Date.from(start.with(calendar.addWorkingDays(start.toLocalDate(), days)).toInstant());
  }
}
