package cn.linggong.worker;

import java.time.Instant;

/**
 * A registered gig worker as lists show them: personal numbers masked, never in full, and the birth
 * year, not the date (area code, birth date and the last four would be the whole number).
 */
public record Worker(
    Long id,
    String name,
    String idNumberMasked,
    int birthYear,
    String sex,
    String mobileMasked,
    String districtId,
    Instant registeredAt,
    String registeredBy,
    java.util.List<String> skills,
    cn.linggong.employer.SkillLevel skillLevel,
    java.math.BigDecimal desiredDailyPay) {}
