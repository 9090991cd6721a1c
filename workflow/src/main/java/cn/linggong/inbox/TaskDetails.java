package cn.linggong.inbox;

import cn.linggong.sla.DueDateChange;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.TimeLimits;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * One open task as its header shows it (with whether its due date is provisional and how it was
 * moved), and the steps its case went through. Limited, as every engine query, to the districts the
 * signed-in person may see: a task of another district is not found.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TaskDetails {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final TimeLimits timeLimits;
  private final ProvisionalDates provisional;
  private final cn.linggong.shared.time.EngineTime engineTime;
  private final org.camunda.bpm.engine.ManagementService managementService;

  /**
   * A step of a case waiting now, as a case screen lists it; {@code dueProvisional} when its due
   * date comes from a year whose arrangement is not entered ("暂定").
   */
  public record OpenStep(
      String taskId,
      String name,
      String taskDefinitionKey,
      Instant due,
      String assignee,
      boolean dueProvisional) {}

  /**
   * What a case waits for besides its open steps: a timer of its process (a follow-up visit, an
   * instalment's due date, a review before a post's term ends), by the BPMN activity it belongs to,
   * and when it falls due.
   */
  public record Waiting(String activityId, Instant due) {}

  /** The timers of a process instance waiting now, soonest first (escalation jobs are not). */
  public java.util.List<Waiting> waits(String processInstanceId) {
    if (processInstanceId == null) {
      return java.util.List.of();
    }
    return managementService
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .timers()
        .orderByJobDuedate()
        .asc()
        .list()
        .stream()
        .filter(job -> job.getJobDefinitionId() != null)
        .map(
            job ->
                new Waiting(
                    managementService
                        .createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId())
                        .singleResult()
                        .getActivityId(),
                    job.getDuedate().toInstant()))
        .toList();
  }

  /** The steps of a process instance waiting now. */
  public java.util.List<OpenStep> openSteps(String processInstanceId) {
    if (processInstanceId == null) {
      return java.util.List.of();
    }
    return taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(
            t ->
                new OpenStep(
                    t.getId(),
                    t.getName(),
                    t.getTaskDefinitionKey(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                    t.getAssignee(),
                    provisional.isProvisional(ProvisionalDates.TASK, t.getId())))
        .toList();
  }

  public record Summary(
      String taskId,
      String taskName,
      String taskDefinitionKey,
      String businessKey,
      String processName,
      String processDefinitionKey,
      String processInstanceId,
      String districtId,
      String assignee,
      Instant createdAt,
      Instant dueAt,
      Instant followUpAt,
      Integer daysLate,
      Integer daysLeft,
      cn.linggong.sla.TimeUnit limitUnit,
      boolean dueProvisional,
      List<DueDateChange> dueDateChanges) {}

  public record Step(
      String name, String taskDefinitionKey, String assignee, Instant startedAt, Instant endedAt) {}

  public Optional<Summary> find(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Optional.empty();
    }
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    ProcessDefinition definition =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionId(task.getProcessDefinitionId())
            .singleResult();
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    Object limit = taskService.getVariableLocal(task.getId(), TimeLimits.TASK_LIMIT_VARIABLE);
    cn.linggong.sla.TimeUnit unit = timeLimits.unitOf(limit == null ? null : limit.toString());
    Instant now = engineTime.now();
    return Optional.of(
        new Summary(
            task.getId(),
            task.getName(),
            task.getTaskDefinitionKey(),
            instance == null ? null : instance.getBusinessKey(),
            definition == null
                ? null
                : (definition.getName() == null ? definition.getKey() : definition.getName()),
            definition == null ? null : definition.getKey(),
            task.getProcessInstanceId(),
            task.getTenantId(),
            task.getAssignee(),
            task.getCreateTime().toInstant(),
            due,
            task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(),
            due == null ? null : timeLimits.daysLate(unit, due, now),
            due == null ? null : timeLimits.daysLeft(unit, now, due),
            unit,
            provisional.isProvisional(ProvisionalDates.TASK, task.getId()),
            provisional.changesOfTask(task.getId())));
  }

  /** The case's steps, oldest first. */
  public List<Step> history(String processInstanceId) {
    List<HistoricTaskInstance> tasks =
        historyService
            .createHistoricTaskInstanceQuery()
            .processInstanceId(processInstanceId)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list();
    return tasks.stream()
        .map(
            t ->
                new Step(
                    t.getName(),
                    t.getTaskDefinitionKey(),
                    t.getAssignee(),
                    t.getStartTime().toInstant(),
                    t.getEndTime() == null ? null : t.getEndTime().toInstant()))
        .toList();
  }
}
