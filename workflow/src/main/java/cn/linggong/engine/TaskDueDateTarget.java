package cn.linggong.engine;

import cn.linggong.inbox.InboxService;
import cn.linggong.sla.ProvisionalDate;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.ProvisionalTarget;
import cn.linggong.sla.TimeLimits;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves an open user task's due date computed again: the due date, the follow-up date (the working
 * day before) and the escalation ladder's timer (its next rung). The inbox follows through the
 * task's update listener; the task's assignee is its holder.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TaskDueDateTarget implements ProvisionalTarget {

  private final TaskService taskService;
  private final ManagementService managementService;
  private final TimeLimits timeLimits;
  private final InboxService inbox;

  @Override
  public String kind() {
    return ProvisionalDates.TASK;
  }

  @Override
  public Move move(ProvisionalDate date, TimeLimits.Reckoned computed) {
    Task task = taskService.createTaskQuery().taskId(date.ref()).singleResult();
    if (task == null || task.getDueDate() == null) {
      return Move.gone();
    }
    Instant old = task.getDueDate().toInstant();
    Instant due = computed.at();
    if (old.truncatedTo(ChronoUnit.SECONDS).equals(due.truncatedTo(ChronoUnit.SECONDS))) {
      inbox.dueProvisional(task.getId(), computed.provisional()); // "暂定" goes, the date stays
      return new Move(Result.UNCHANGED, old, task.getName(), task.getId(), task.getAssignee());
    }
    task.setDueDate(Date.from(due));
    task.setFollowUpDate(Date.from(timeLimits.workingDayBefore(due)));
    taskService.saveTask(task);
    inbox.dueProvisional(task.getId(), computed.provisional());
    managementService
        .createJobQuery()
        .processInstanceId(task.getProcessInstanceId())
        .timers()
        .list()
        .stream()
        .filter(
            job ->
                job instanceof JobEntity entity
                    && TaskTimeLimits.JOB_TYPE.equals(entity.getJobHandlerType())
                    && task.getId().equals(entity.getJobHandlerConfigurationRaw()))
        .forEach(
            job ->
                managementService.setJobDuedate(
                    job.getId(),
                    Date.from(
                        TaskTimeLimits.firstRung(
                            task.getFollowUpDate().toInstant(),
                            due,
                            org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
                            timeLimits.zone()))));
    return new Move(Result.MOVED, old, task.getName(), task.getId(), task.getAssignee());
  }
}
