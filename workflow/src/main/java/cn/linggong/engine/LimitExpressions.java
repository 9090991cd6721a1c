package cn.linggong.engine;

import cn.linggong.sla.DateRule;
import cn.linggong.sla.TimeLimits;
import java.time.Instant;
import java.util.Date;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code ${limits.due('complaint.acceptance')}} in BPMN: when the named time limit, started now
 * (the engine's clock), runs out: the end of its last day, counted in the limit's own unit. Usable
 * as a user task's {@code camunda:dueDate}, in {@code camunda:followUpDate} as {@code
 * ${limits.followUp('key')}}, and in a timer's {@code timeDate}. A date that reaches into a
 * provisional year is computed again when that year's arrangement is entered.
 */
@Component("limits")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LimitExpressions {

  private final TimerDates dates;
  private final ObjectProvider<TimeLimits> timeLimits;

  public Date due(String key) {
    return dates.compute(DateRule.limit(key), now());
  }

  public Date due(String key, Date from) {
    return dates.compute(DateRule.limit(key), from.toInstant());
  }

  /**
   * The start (00:00) of the limit's last day, for a timer that should wake people in the morning
   * rather than at midnight: {@code ${limits.dayOf('assistance.follow-up-after')}}.
   */
  public Date dayOf(String key) {
    return dates.compute(DateRule.limitDayStart(key), now());
  }

  public Date followUp(String key) {
    var limits = timeLimits.getObject();
    return Date.from(limits.workingDayBefore(limits.due(key, now())));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
