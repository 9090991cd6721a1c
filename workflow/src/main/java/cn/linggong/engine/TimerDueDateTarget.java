package cn.linggong.engine;

import cn.linggong.sla.ProvisionalDate;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.ProvisionalTarget;
import cn.linggong.sla.TimeLimits;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * Re-arms a process timer whose date came from a provisional year (a named limit, {@code P…WD},
 * {@code ${workdays.add(n)}}): the process instance's timer job that is due at the old date gets
 * the new one. Gone when the timer fired or its scope ended.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TimerDueDateTarget implements ProvisionalTarget {

  /** Databases that keep whole seconds (MySQL without fractional seconds) round the due date. */
  private static final Duration SAME = Duration.ofSeconds(1);

  private final ManagementService managementService;
  private final RepositoryService repositoryService;

  @Override
  public String kind() {
    return ProvisionalDates.TIMER;
  }

  @Override
  public Move move(ProvisionalDate date, TimeLimits.Reckoned computed) {
    Optional<Job> timer =
        managementService.createJobQuery().processInstanceId(date.ref()).timers().list().stream()
            .filter(
                job ->
                    job.getDuedate() != null
                        && Duration.between(job.getDuedate().toInstant(), date.valueAt())
                                .abs()
                                .compareTo(SAME)
                            < 0)
            .findFirst();
    if (timer.isEmpty()) {
      return Move.gone();
    }
    Job job = timer.get();
    String name = name(job);
    if (Duration.between(job.getDuedate().toInstant(), computed.at()).abs().compareTo(SAME) < 0) {
      return new Move(Result.UNCHANGED, job.getDuedate().toInstant(), name, null, null);
    }
    managementService.setJobDuedate(job.getId(), Date.from(computed.at()));
    return new Move(Result.MOVED, job.getDuedate().toInstant(), name, null, null);
  }

  /** The timer event's name in the BPMN, or its id. */
  private String name(Job job) {
    JobDefinition definition =
        managementService
            .createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId())
            .singleResult();
    if (definition == null) {
      return null;
    }
    FlowElement element =
        repositoryService
            .getBpmnModelInstance(job.getProcessDefinitionId())
            .getModelElementById(definition.getActivityId());
    return element == null || element.getName() == null
        ? definition.getActivityId()
        : element.getName();
  }
}
