package cn.linggong.engine;

import cn.linggong.sla.TimeLimits;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${limits.due('complaint.acceptance')}} in BPMN: when the named time limit, started now
 * (the engine's clock), runs out: the end of its last day. Usable as a user task's {@code
 * camunda:dueDate}, in {@code camunda:followUpDate} as {@code ${limits.followUp('key')}}, and in a
 * timer's {@code timeDate}.
 */
@Component("limits")
public class LimitExpressions {

  private final TimeLimits timeLimits;

  LimitExpressions(TimeLimits timeLimits) {
    this.timeLimits = timeLimits;
  }

  public Date due(String key) {
    return Date.from(timeLimits.due(key, ClockUtil.getCurrentTime().toInstant()));
  }

  public Date due(String key, Date from) {
    return Date.from(timeLimits.due(key, from.toInstant()));
  }

  /**
   * The start (00:00) of the limit's last day, for a timer that should wake people in the morning
   * rather than at midnight: {@code ${limits.dayOf('assistance.follow-up-after')}}.
   */
  public Date dayOf(String key) {
    java.time.ZoneId zone = timeLimits.zone();
    return Date.from(
        timeLimits
            .due(key, ClockUtil.getCurrentTime().toInstant())
            .atZone(zone)
            .toLocalDate()
            .atStartOfDay(zone)
            .toInstant());
  }

  public Date followUp(String key) {
    return Date.from(
        timeLimits.workingDayBefore(timeLimits.due(key, ClockUtil.getCurrentTime().toInstant())));
  }
}
