package cn.linggong.sla;

import java.time.Instant;

/**
 * A date moved when a year's official arrangement was entered: old → new, and whether the new one
 * still depends on a provisional year.
 */
public record DueDateChange(
    long id,
    String kind,
    String ref,
    String taskId,
    String processInstanceId,
    String businessKey,
    String what,
    Instant oldAt,
    Instant newAt,
    int year,
    boolean stillProvisional,
    Instant changedAt) {}
