package cn.linggong.complaint;

import java.math.BigDecimal;

/** A complainant of a complaint: masked numbers, what is owed, agreed and recovered. */
public record Complainant(
    long workerId,
    int seq,
    String name,
    String idNumberMasked,
    String mobileMasked,
    BigDecimal amountOwed,
    BigDecimal amountAgreed,
    BigDecimal amountRecovered) {}
