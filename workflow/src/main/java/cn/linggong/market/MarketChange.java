package cn.linggong.market;

import java.time.Instant;

/**
 * One change of a market's record: which field, before and after (the contact's phone masked), who
 * and when, and the reason where one is asked for (a change of status or certification).
 */
public record MarketChange(
    Instant changedAt,
    String changedBy,
    String field,
    String before,
    String after,
    String reason) {}
