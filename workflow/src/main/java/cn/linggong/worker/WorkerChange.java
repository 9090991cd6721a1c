package cn.linggong.worker;

import java.time.Instant;

/**
 * One change of a worker's registration: which field, before and after (personal numbers masked),
 * who and when, and the reason where one is asked for (a transfer).
 *
 * @param field name, mobile, skills, skillLevel, desiredDailyPay, hardship or districtId
 */
public record WorkerChange(
    Instant changedAt,
    String changedBy,
    String field,
    String before,
    String after,
    String reason) {}
