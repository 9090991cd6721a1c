package cn.linggong.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A job posting (岗位) with the fields of seed 001; the contact's phone masked. */
public record JobPosting(
    Long id,
    long employerId,
    String employerName,
    boolean employerVerified,
    String title,
    String categoryCode,
    SkillLevel skillLevel,
    int headcount,
    int hired,
    String districtId,
    String workPlace,
    LocalDate periodStart,
    LocalDate periodEnd,
    String workHours,
    BigDecimal payAmount,
    PayUnit payUnit,
    Settlement settlement,
    LocalDate hiringDate,
    String contactName,
    String contactPhoneMasked,
    JobStatus status,
    Instant postedAt) {

  /** Open, from a verified employer, with places left: may be referred. */
  public boolean referable() {
    return status == JobStatus.OPEN && employerVerified && hired < headcount;
  }
}
