package cn.linggong.sla;

/**
 * A facts-only view of an open user task for escalation: ids and routing facts, never personal
 * data.
 */
public record OverdueTask(
    String taskId,
    String taskName,
    String taskDefinitionKey,
    String processInstanceId,
    String processDefinitionKey,
    String businessKey,
    String districtId,
    String assignee,
    String timeLimitKey,
    java.time.Instant dueAt) {}
