package cn.linggong.sla;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * What supervisors watch: open tasks past their due date, in the districts the signed-in person may
 * see (the engine limits every query to the person's district; city level sees all).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SupervisionService {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final TimeLimits timeLimits;
  private final ProvisionalDates provisional;
  private final cn.linggong.shared.time.EngineTime engineTime;

  /**
   * An open task past its due date, with how many working days late it is; {@code dueProvisional}
   * when that due date comes from a provisional year.
   */
  public record LateTask(
      String taskId,
      String taskName,
      String taskDefinitionKey,
      String businessKey,
      String processName,
      String processDefinitionKey,
      String districtId,
      String assignee,
      Instant dueAt,
      int daysLate,
      TimeUnit limitUnit,
      boolean dueProvisional) {}

  /** Whether a task's due date comes from a year whose arrangement is not entered. */
  public boolean dueProvisional(String taskId) {
    return provisional.isProvisional(ProvisionalDates.TASK, taskId);
  }

  /**
   * Overdue tasks of the supervisor's district (city level: all); the engine's tenant check, set
   * for the person on every request, keeps the districts apart.
   */
  public List<LateTask> overdueTasks(
      cn.linggong.identity.LinggongUser user, int offset, int limit) {
    TimeLimitPolicy.SUPERVISE.check(user);
    Date now = Date.from(engineTime.now());
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .active()
            .dueBefore(now)
            .orderByDueDate()
            .asc()
            .orderByTaskId()
            .asc() // a stable order across pages
            .listPage(offset, limit);
    Set<String> instanceIds =
        tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, ProcessInstance> instances =
        instanceIds.isEmpty()
            ? Map.of()
            : runtimeService
                .createProcessInstanceQuery()
                .processInstanceIds(instanceIds)
                .list()
                .stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
    Set<String> definitionIds =
        tasks.stream().map(Task::getProcessDefinitionId).collect(Collectors.toSet());
    Map<String, ProcessDefinition> definitions =
        definitionIds.isEmpty()
            ? Map.of()
            : repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionIdIn(definitionIds.toArray(String[]::new))
                .list()
                .stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
    return tasks.stream()
        .map(
            t -> {
              ProcessInstance instance = instances.get(t.getProcessInstanceId());
              ProcessDefinition definition = definitions.get(t.getProcessDefinitionId());
              Instant due = t.getDueDate().toInstant();
              Object limitKey =
                  taskService.getVariableLocal(t.getId(), TimeLimits.TASK_LIMIT_VARIABLE);
              TimeUnit unit = timeLimits.unitOf(limitKey == null ? null : limitKey.toString());
              return new LateTask(
                  t.getId(),
                  t.getName(),
                  t.getTaskDefinitionKey(),
                  instance == null ? null : instance.getBusinessKey(),
                  definition == null
                      ? null
                      : (definition.getName() == null ? definition.getKey() : definition.getName()),
                  definition == null ? null : definition.getKey(),
                  t.getTenantId(),
                  t.getAssignee(),
                  due,
                  timeLimits.daysLate(unit, due, now.toInstant()),
                  unit,
                  provisional.isProvisional(ProvisionalDates.TASK, t.getId()));
            })
        .toList();
  }

  public long countOverdueTasks(cn.linggong.identity.LinggongUser user) {
    TimeLimitPolicy.SUPERVISE.check(user);
    return taskService.createTaskQuery().active().dueBefore(Date.from(engineTime.now())).count();
  }
}
