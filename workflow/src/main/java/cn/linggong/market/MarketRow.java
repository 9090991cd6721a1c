package cn.linggong.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The stored market, with the contact's phone encrypted (never leaves the feature). */
final class MarketRow {
  Long id;
  String name;
  String nameKind;
  String nature;
  String address;
  Integer dailySeekers;
  String jobTypes;
  Integer dailyHires;
  String kind;
  String districtId;
  String operation;
  String operatorName;
  String operatorCreditCode;
  boolean hrAgency;
  String hrLicenceNo;
  String legalRepresentative;
  String openingHours;
  String contactName;
  String contactPhoneEnc;
  String contactPhoneMasked;
  String serviceHotline;
  String complaintChannel;
  BigDecimal floorArea;
  Integer staff;
  String services;
  String rules;
  LocalDate openedOn;
  String status;
  String certification;
  LocalDate certifiedSince;
  LocalDate certifiedUntil;
  int version;
  Instant createdAt;
  String createdBy;
  Instant updatedAt;
  String updatedBy;

  /** A copy to change (the stored row stays as read, to compare with). */
  MarketRow copy() {
    MarketRow c = new MarketRow();
    c.id = id;
    c.name = name;
    c.nameKind = nameKind;
    c.nature = nature;
    c.address = address;
    c.dailySeekers = dailySeekers;
    c.jobTypes = jobTypes;
    c.dailyHires = dailyHires;
    c.kind = kind;
    c.districtId = districtId;
    c.operation = operation;
    c.operatorName = operatorName;
    c.operatorCreditCode = operatorCreditCode;
    c.hrAgency = hrAgency;
    c.hrLicenceNo = hrLicenceNo;
    c.legalRepresentative = legalRepresentative;
    c.openingHours = openingHours;
    c.contactName = contactName;
    c.contactPhoneEnc = contactPhoneEnc;
    c.contactPhoneMasked = contactPhoneMasked;
    c.serviceHotline = serviceHotline;
    c.complaintChannel = complaintChannel;
    c.floorArea = floorArea;
    c.staff = staff;
    c.services = services;
    c.rules = rules;
    c.openedOn = openedOn;
    c.status = status;
    c.certification = certification;
    c.certifiedSince = certifiedSince;
    c.certifiedUntil = certifiedUntil;
    c.version = version;
    c.createdAt = createdAt;
    c.createdBy = createdBy;
    c.updatedAt = updatedAt;
    c.updatedBy = updatedBy;
    return c;
  }

  Market view() {
    Market.Kind k = Market.Kind.valueOf(kind);
    return new Market(
        id,
        name,
        Market.NameKind.valueOf(nameKind),
        Market.Nature.valueOf(nature),
        address,
        dailySeekers,
        codes(jobTypes, Function.identity()),
        dailyHires,
        k,
        districtId,
        Market.Operation.valueOf(operation),
        operatorName,
        operatorCreditCode,
        hrAgency,
        hrLicenceNo,
        legalRepresentative,
        openingHours,
        contactName,
        contactPhoneMasked,
        serviceHotline,
        complaintChannel,
        floorArea,
        staff,
        codes(services, Market.Service::valueOf),
        codes(rules, Market.Rule::valueOf),
        openedOn,
        Market.Status.valueOf(status),
        Market.Certification.valueOf(certification),
        certifiedSince,
        certifiedUntil,
        MarketNames.warning(name, Market.NameKind.valueOf(nameKind), k).orElse(null),
        version,
        updatedAt,
        updatedBy);
  }

  static <T> List<T> codes(String joined, Function<String, T> parse) {
    return joined == null || joined.isBlank()
        ? List.of()
        : Arrays.stream(joined.split(",")).map(String::trim).map(parse).toList();
  }

  static String join(List<?> codes) {
    return codes == null || codes.isEmpty()
        ? null
        : String.join(
            ",",
            codes.stream()
                .map(c -> c instanceof Enum<?> e ? e.name() : c.toString())
                .distinct()
                .toList());
  }
}
