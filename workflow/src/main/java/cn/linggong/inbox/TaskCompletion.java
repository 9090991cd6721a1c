package cn.linggong.inbox;

import cn.linggong.form.FormComponent;
import cn.linggong.form.FormDefinition;
import cn.linggong.form.FormParser;
import cn.linggong.form.FormValidator;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a task from its form: checks every value on the server against the form and the domain
 * validators, lets the feature's completion handler write its rows, and completes the task, all in
 * one transaction. A task someone else took or completed meanwhile is a conflict that says who and
 * when; nothing is written twice.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TaskCompletion {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final InboxService inbox;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final org.camunda.bpm.engine.FormService formService;
  private final FormValidator validator;
  private final List<CompletionHandler> handlers;
  private final Clock clock;

  /** The form a task shows, if its BPMN names one: the version deployed for it. */
  public Optional<FormDefinition> formOf(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null || task.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    return Optional.of(deployedForm(task));
  }

  /** The task's variables, for options a form takes from a variable and for prefilling. */
  public Map<String, Object> variablesOf(String taskId) {
    return taskService.getVariables(taskId);
  }

  private FormDefinition deployedForm(Task task) {
    String key = task.getCamundaFormRef().getKey();
    try (java.io.InputStream in = formService.getDeployedTaskForm(task.getId())) {
      return FormParser.parse(
          key, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Transactional
  public void complete(LinggongUser user, String taskId, Map<String, ?> submitted) {
    try {
      completeOpen(user, taskId, submitted);
    } catch (RuntimeException e) {
      // someone else completed the task while this completion was under way: whatever the engine
      // threw on the way (a ProcessEngineException, or a NullPointerException from its own form
      // lookup of a task deleted a moment ago), the person is told who did, never a 500
      if (taskService.createTaskQuery().taskId(taskId).count() == 0
          && historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()
              > 0) {
        throw alreadyDone(taskId);
      }
      throw e;
    }
  }

  private void completeOpen(LinggongUser user, String taskId, Map<String, ?> submitted) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      throw alreadyDone(taskId);
    }
    InboxTask row;
    try {
      row = inbox.workable(user, taskId);
    } catch (ProcessEngineException e) {
      throw alreadyDone(taskId); // completed by someone else a moment ago
    }
    if (row.assignee() != null && !row.assignee().equals(user.userId())) {
      throw new ConflictException("inbox.task.claimedBy", row.assignee());
    }
    Map<String, Object> variables = new HashMap<>();
    Map<String, Object> targets = new HashMap<>();
    String formId = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
    if (formId != null) {
      FormDefinition form = deployedForm(task);
      FormValidator.Result result =
          validator.validate(form, submitted, taskService.getVariables(taskId));
      if (!result.valid()) {
        throw new InvalidInputException(result.violations());
      }
      for (FormComponent field : form.inputs()) {
        if (!result.values().containsKey(field.key())) {
          continue;
        }
        Object value = result.values().get(field.key());
        if (field.property("target") != null) {
          targets.put(field.property("target"), value);
        } else {
          variables.put(field.key(), engineValue(value));
        }
      }
    }
    var completion =
        new CompletionHandler.Completion(
            user,
            taskId,
            task.getTaskDefinitionKey(),
            task.getProcessInstanceId(),
            row.businessKey(),
            variables,
            targets);
    handlers.stream()
        .filter(h -> h.handles(formId, task.getTaskDefinitionKey()))
        .forEach(h -> h.complete(completion));
    try {
      if (row.assignee() == null) {
        taskService.claim(taskId, user.userId());
      }
      taskService.complete(taskId, variables);
    } catch (OptimisticLockingException e) {
      throw alreadyDone(taskId);
    } catch (ProcessEngineException e) {
      var rule = cn.linggong.shared.RuleViolationException.in(e);
      if (rule.isPresent()) {
        throw rule.get(); // e.g. the next step's due date lies in a year that cannot be counted
      }
      if (taskService.createTaskQuery().taskId(taskId).count() == 0
          || e instanceof org.camunda.bpm.engine.TaskAlreadyClaimedException) {
        throw alreadyDone(taskId);
      }
      throw e;
    }
  }

  /**
   * "此任务已由 X 于 HH:mm 办理": who completed or took it, and when; a task that never existed is not
   * found.
   */
  private RuntimeException alreadyDone(String taskId) {
    HistoricTaskInstance done =
        historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    if (done == null) {
      return new cn.linggong.shared.NotFoundException("inbox.task.notFound", taskId);
    }
    String who = done.getAssignee() == null ? "—" : done.getAssignee();
    java.util.Date when = done.getEndTime() != null ? done.getEndTime() : new java.util.Date();
    return new ConflictException(
        "inbox.task.completedBy", who, TIME.format(when.toInstant().atZone(clock.getZone())));
  }

  /**
   * Process variables hold routing facts in the engine's plain types (no Java serialisation): whole
   * numbers as Long, other numbers as Double, dates and times as ISO text, lists as text joined by
   * commas. Exact amounts belong in the feature's tables, through a completion handler.
   */
  static Object engineValue(Object value) {
    if (value instanceof java.math.BigDecimal number) {
      java.math.BigDecimal plain = number.stripTrailingZeros();
      if (plain.scale() <= 0
          && plain.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
        return plain.longValueExact();
      }
      return number.doubleValue();
    }
    if (value instanceof java.time.temporal.TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof java.util.Collection<?> list) {
      return String.join(",", list.stream().map(String::valueOf).toList());
    }
    return value;
  }
}
