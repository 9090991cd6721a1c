package cn.linggong.assistance;

import java.time.Instant;
import java.time.LocalDate;

/** A registered gig worker as lists show them: personal numbers masked, never in full. */
public record Worker(
    Long id,
    String name,
    String idNumberMasked,
    LocalDate birthDate,
    String sex,
    String mobileMasked,
    String districtId,
    Instant registeredAt,
    String registeredBy,
    java.util.List<String> skills,
    cn.linggong.employer.SkillLevel skillLevel,
    java.math.BigDecimal desiredDailyPay) {}
