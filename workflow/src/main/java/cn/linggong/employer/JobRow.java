package cn.linggong.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The stored posting (never leaves the feature). */
final class JobRow {
  Long id;
  Long employerId;
  String employerName;
  boolean employerVerified;
  String title;
  String categoryCode;
  String skillLevel;
  int headcount;
  int hired;
  String districtId;
  String workPlace;
  LocalDate periodStart;
  LocalDate periodEnd;
  String workHours;
  BigDecimal payAmount;
  String payUnit;
  String settlement;
  LocalDate hiringDate;
  String contactName;
  String contactPhoneEnc;
  String contactPhoneMasked;
  String status;
  Instant postedAt;
  String postedBy;

  JobPosting view() {
    return new JobPosting(
        id,
        employerId,
        employerName,
        employerVerified,
        title,
        categoryCode,
        SkillLevel.valueOf(skillLevel),
        headcount,
        hired,
        districtId,
        workPlace,
        periodStart,
        periodEnd,
        workHours,
        payAmount,
        PayUnit.valueOf(payUnit),
        Settlement.valueOf(settlement),
        hiringDate,
        contactName,
        contactPhoneMasked,
        JobStatus.valueOf(status),
        postedAt);
  }
}
