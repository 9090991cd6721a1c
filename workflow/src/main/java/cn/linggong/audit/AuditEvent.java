package cn.linggong.audit;

import java.time.Instant;

/**
 * One audited act: who did what to which record. {@code detail} never holds personal data in full
 * (it may name fields, not their values).
 */
public record AuditEvent(
    Long id,
    Instant occurredAt,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String districtId,
    String detail) {}
