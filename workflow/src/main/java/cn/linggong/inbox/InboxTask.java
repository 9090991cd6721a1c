package cn.linggong.inbox;

import java.time.Instant;

/**
 * A row of the inbox: an open user task with what the inbox shows and filters on; {@code
 * dueProvisional} when its due date comes from a year whose arrangement is not entered ("暂定");
 * {@code priority}: the engine's task priority (higher first among tasks due at once); {@code
 * timeLimitKey}: the time limit the step runs on.
 */
public record InboxTask(
    String taskId,
    String taskName,
    String taskDefinitionKey,
    String processInstanceId,
    String processDefinitionKey,
    String processName,
    String businessKey,
    String districtId,
    String assignee,
    Instant createdAt,
    Instant dueAt,
    Instant followUpAt,
    boolean dueProvisional,
    int priority,
    String timeLimitKey) {}
