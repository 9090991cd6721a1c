package cn.linggong.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One payment of a mediation agreement. */
public record Instalment(
    Long id,
    int seq,
    LocalDate dueDate,
    BigDecimal amount,
    String status,
    BigDecimal amountPaid,
    Instant confirmedAt,
    String confirmedBy) {}
