package cn.linggong.engine;

import cn.linggong.sla.DateRule;
import java.util.Date;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${workdays.add(n)}} in BPMN: the engine's "now" plus n working days, same time of day.
 * Prefer {@code ${limits.due('key')}}, which keeps the number out of the BPMN.
 */
@Component("workdays")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkdayExpressions {

  private final TimerDates dates;

  public Date add(int days) {
    return add(days, ClockUtil.getCurrentTime());
  }

  public Date add(int days, Date from) {
    return dates.compute(DateRule.workingDays(days), from.toInstant());
  }
}
