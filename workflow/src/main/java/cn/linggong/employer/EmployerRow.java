package cn.linggong.employer;

import java.time.Instant;

/** The stored employer, with encrypted values and look-up hash (never leaves the feature). */
final class EmployerRow {
  Long id;
  String kind;
  String name;
  String creditCode;
  String idNumberEnc;
  String idNumberHash;
  String idNumberMasked;
  String contactName;
  String contactPhoneEnc;
  String contactPhoneMasked;
  String address;
  String districtId;
  boolean verified;
  String verifiedBy;
  Instant verifiedAt;
  Instant registeredAt;
  String registeredBy;

  Employer view() {
    return new Employer(
        id,
        Employer.Kind.valueOf(kind),
        name,
        creditCode,
        idNumberMasked,
        contactName,
        contactPhoneMasked,
        address,
        districtId,
        verified,
        verifiedBy,
        verifiedAt,
        registeredAt);
  }
}
