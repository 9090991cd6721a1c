package cn.linggong.assistance;

import java.time.Instant;
import java.time.LocalDate;

/** The stored row, with the encrypted values and look-up hashes (never leaves the feature). */
final class WorkerRow {
  Long id;
  String name;
  String idNumberEnc;
  String idNumberHash;
  String idNumberMasked;
  LocalDate birthDate;
  String sex;
  String mobileEnc;
  String mobileHash;
  String mobileMasked;
  String districtId;
  Instant registeredAt;
  String registeredBy;
  String hardshipEnc;
  String skills;
  String skillLevel;
  java.math.BigDecimal desiredDailyPay;

  Worker view() {
    return new Worker(
        id,
        name,
        idNumberMasked,
        birthDate,
        sex,
        mobileMasked,
        districtId,
        registeredAt,
        registeredBy,
        cn.linggong.employer.JobCategories.split(skills),
        cn.linggong.employer.SkillLevel.parse(skillLevel),
        desiredDailyPay);
  }
}
