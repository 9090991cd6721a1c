package cn.linggong.sla;

import java.time.Instant;

/**
 * A user task that passed its due date; open until the task ends ({@code resolvedAt}); {@code
 * secondLevelAt}: when it went up to the city's supervisors.
 */
public record Escalation(
    Long id,
    String taskId,
    String taskName,
    String taskDefinitionKey,
    String processInstanceId,
    String processDefinitionKey,
    String businessKey,
    String districtId,
    String assignee,
    String timeLimitKey,
    Instant dueAt,
    Instant escalatedAt,
    Instant resolvedAt,
    Instant secondLevelAt) {}
