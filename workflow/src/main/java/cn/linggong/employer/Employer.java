package cn.linggong.employer;

import java.time.Instant;

/**
 * An employer (用工主体) as screens show it: an individual's ID number and the contact's phone masked.
 */
public record Employer(
    Long id,
    Kind kind,
    String name,
    String creditCode,
    String idNumberMasked,
    String contactName,
    String contactPhoneMasked,
    String address,
    String districtId,
    boolean verified,
    String verifiedBy,
    Instant verifiedAt,
    Instant registeredAt) {

  /** An organisation with a unified social credit code, or an individual employer. */
  public enum Kind {
    ORGANIZATION,
    INDIVIDUAL
  }
}
