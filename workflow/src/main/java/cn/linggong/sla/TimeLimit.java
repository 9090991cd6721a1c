package cn.linggong.sla;

import java.time.Instant;

/** A named time limit (e.g. {@code complaint.acceptance} = 5 working days) with its legal basis. */
public record TimeLimit(
    String key,
    int amount,
    TimeUnit unit,
    String legalBasis,
    Instant changedAt,
    String changedBy) {}
