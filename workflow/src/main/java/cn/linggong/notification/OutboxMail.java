package cn.linggong.notification;

import java.time.Instant;

/** A mail in the outbox. {@code status}: PENDING, SENDING (claimed by a node), SENT, FAILED. */
public record OutboxMail(
    Long id,
    String kind,
    String reference,
    String recipient,
    String subject,
    String body,
    String status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    String claimedBy,
    Instant claimedUntil,
    Instant sentAt,
    String lastError) {}
