package cn.linggong.demo;

import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.TaskCompletion;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Completes the step a demo case waits at, through the task completion a person's click uses. */
@Component
@RequiredArgsConstructor
public class DemoSteps {

  private final TaskService taskService;
  private final TaskCompletion completion;
  private final cn.linggong.identity.DirectoryService directory;

  /**
   * Completes the case's open step {@code taskKey} with the form's values: as the person holding it
   * (the case's owner), or as {@code user} when nobody does; false when the case does not wait at
   * that step (it closed, or went another way).
   */
  public boolean complete(
      LinggongUser user, String businessKey, String taskKey, Map<String, ?> values) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskKey)
            .active()
            .singleResult();
    if (task == null) {
      return false;
    }
    LinggongUser actor =
        task.getAssignee() == null ? user : directory.principal(task.getAssignee());
    completion.complete(actor, task.getId(), values);
    return true;
  }

  /**
   * Completes the step of the case that {@code assignee} holds (one of several of the same step, as
   * each reviewer holds their own), as that person; false when they hold none.
   */
  public boolean completeAssigned(
      String businessKey, String taskKey, String assignee, Map<String, ?> values) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskKey)
            .taskAssignee(assignee)
            .active()
            .singleResult();
    if (task == null) {
      return false;
    }
    completion.complete(directory.principal(assignee), task.getId(), values);
    return true;
  }

  /** Whether the case waits at the step now. */
  public boolean waitsAt(String businessKey, String taskKey) {
    return taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskKey)
            .active()
            .count()
        > 0;
  }

  /** Form values from pairs: key, value, key, value… */
  public static Map<String, Object> values(Object... pairs) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }
}
