package cn.linggong.inbox;

import cn.linggong.identity.LinggongUser;
import java.util.Map;

/**
 * A feature's part in completing a task: it receives the validated values and writes its domain
 * rows in the same transaction as the completion, so that process and domain never disagree. A
 * Spring bean implementing this is found by the form id or the task definition key it handles.
 */
public interface CompletionHandler {

  boolean handles(String formId, String taskDefinitionKey);

  /**
   * Called before the task completes. {@code targets} holds the values of fields with {@code
   * properties.target} (domain fields, never process variables); a handler may add routing
   * variables to {@code variables}. Throwing refuses the completion and writes nothing.
   */
  void complete(Completion completion);

  /** What a handler gets. */
  record Completion(
      LinggongUser user,
      String taskId,
      String taskDefinitionKey,
      String processInstanceId,
      String businessKey,
      Map<String, Object> variables,
      Map<String, Object> targets) {}
}
