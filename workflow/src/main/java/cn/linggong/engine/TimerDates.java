package cn.linggong.engine;

import cn.linggong.sla.DateRule;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.TimeLimits;
import java.time.Instant;
import java.util.Date;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Dates for the engine's timers and due-date expressions, computed by {@link TimeLimits} from a
 * rule; one computed from a provisional year is noted against the process instance being executed,
 * so that the timer it becomes is moved when the year's arrangement is entered (the timer is found
 * again by its process instance and due date).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TimerDates {

  private static final Logger log = LoggerFactory.getLogger(TimerDates.class);

  private final ObjectProvider<TimeLimits> timeLimits;
  private final ObjectProvider<ProvisionalDates> provisional;

  Date compute(DateRule rule, Instant start) {
    TimeLimits.Reckoned reckoned = timeLimits.getObject().reckon(rule, start);
    if (reckoned.provisional()) {
      BpmnExecutionContext context = Context.getBpmnExecutionContext();
      ExecutionEntity execution = context == null ? null : context.getExecution();
      if (execution == null) {
        log.warn(
            "A date from provisional years {} was computed outside a process ({}); it will not be"
                + " recomputed",
            reckoned.provisionalYears(),
            rule);
      } else {
        provisional
            .getObject()
            .note(
                ProvisionalDates.TIMER,
                execution.getProcessInstanceId(),
                execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(),
                rule,
                start,
                reckoned);
      }
    }
    return Date.from(reckoned.at());
  }
}
