package cn.linggong.worker;

import java.time.Instant;

/**
 * The stored row, with the encrypted values and look-up hashes (never leaves the feature). Nothing
 * in it rebuilds an ID number without the keys: masked form, birth date and sex are derived from
 * the decrypted number when shown.
 */
final class WorkerRow {
  Long id;
  String name;
  String idNumberEnc;
  String idNumberHash;
  String idTailHash;
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

  /** As lists show it; {@code idNumber} is the decrypted number, from which the rest is derived. */
  Worker view(String idNumber) {
    var id = cn.linggong.shared.validation.ResidentIdNumbers.of(idNumber);
    return new Worker(
        this.id,
        name,
        id.masked(),
        id.birthDate().getYear(),
        id.sex().name(),
        mobileMasked,
        districtId,
        registeredAt,
        registeredBy,
        cn.linggong.employer.JobCategories.split(skills),
        cn.linggong.employer.SkillLevel.parse(skillLevel),
        desiredDailyPay);
  }
}
