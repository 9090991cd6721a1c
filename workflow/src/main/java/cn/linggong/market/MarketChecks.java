package cn.linggong.market;

import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobCategory;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.CreditCodes;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.PhoneNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Checks a market's record as typed, field by field, and turns it into a row. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MarketChecks {

  static final int NAME_MAX = 200;
  static final int ADDRESS_MAX = 300;
  static final int SHORT_MAX = 64;
  static final int HOURS_MAX = 200;
  static final int CHANNEL_MAX = 300;
  static final int REASON_MAX = 500;

  /** Counts a directory takes (people a day, staff): a typing error beyond, not a policy. */
  static final int COUNT_MAX = 1_000_000;

  static final BigDecimal AREA_MAX = new BigDecimal("99999999.99");

  private final Districts districts;
  private final CreditCodes creditCodes;
  private final PhoneNumbers phones;
  private final JobCategories categories;
  private final Clock clock;

  /**
   * Every problem of the draft in {@code errors}; the district it goes to (null when refused).
   * {@code phoneRequired}: a registration must give the contact's phone, a change may keep it.
   */
  String check(
      LinggongUser user,
      MarketDraft d,
      boolean phoneRequired,
      InvalidInputException.Collector errors) {
    text(errors, "name", d.name(), NAME_MAX);
    required(errors, "nameKind", d.nameKind());
    required(errors, "nature", d.nature());
    required(errors, "kind", d.kind());
    required(errors, "operation", d.operation());
    required(errors, "status", d.status());
    text(errors, "address", d.address(), ADDRESS_MAX);
    text(errors, "operatorName", d.operatorName(), NAME_MAX);
    text(errors, "openingHours", d.openingHours(), HOURS_MAX);
    text(errors, "contactName", d.contactName(), SHORT_MAX);
    count(errors, "dailySeekers", d.dailySeekers());
    count(errors, "dailyHires", d.dailyHires());
    count(errors, "staff", d.staff());
    if (d.floorArea() != null) {
      if (d.floorArea().signum() < 0 || d.floorArea().compareTo(AREA_MAX) > 0) {
        errors.add("floorArea", "market.floorArea.range");
      } else if (d.floorArea().stripTrailingZeros().scale() > 2) {
        errors.add("floorArea", "market.floorArea.scale");
      }
    }
    if (noBlankItem(errors, "jobTypes", d.jobTypes())) {
      d.jobTypes().stream()
          .filter(code -> !categories.isActive(code.trim()))
          .findFirst()
          .ifPresent(code -> errors.add("jobTypes", "employer.category.unknown", code));
    }
    noBlankItem(errors, "services", d.services());
    noBlankItem(errors, "rules", d.rules());
    if (d.operation() == Market.Operation.ENTRUSTED) {
      errors.requireText("operatorCreditCode", d.operatorCreditCode());
    }
    if (!blank(d.operatorCreditCode())) {
      errors.add("operatorCreditCode", creditCodes.check(d.operatorCreditCode()));
    }
    if (Boolean.TRUE.equals(d.hrAgency())) {
      text(errors, "hrLicenceNo", d.hrLicenceNo(), SHORT_MAX);
      text(errors, "legalRepresentative", d.legalRepresentative(), SHORT_MAX);
    } else {
      errors.maxLength("hrLicenceNo", trim(d.hrLicenceNo()), SHORT_MAX);
      errors.maxLength("legalRepresentative", trim(d.legalRepresentative()), SHORT_MAX);
    }
    if (phoneRequired) {
      errors.requireText("contactPhone", d.contactPhone());
    }
    if (!blank(d.contactPhone())) {
      errors.add("contactPhone", phones.check(d.contactPhone()));
    }
    if (!blank(d.serviceHotline())) {
      errors.add("serviceHotline", phones.check(d.serviceHotline()));
    }
    errors.maxLength("complaintChannel", trim(d.complaintChannel()), CHANNEL_MAX);
    if (d.openedOn() == null) {
      errors.add("openedOn", "validation.required");
    } else if (d.openedOn().isAfter(LocalDate.now(clock))) {
      errors.add("openedOn", "market.openedOn.inFuture");
    }
    return districts.districtFor(user, d.districtId(), null, "districtId", errors);
  }

  /** The reason a change of status or certification needs. */
  static void reason(InvalidInputException.Collector errors, String reason) {
    text(errors, "reason", reason, REASON_MAX);
  }

  /**
   * Fills the row's typed fields from a checked draft (the contact phone is the caller's). Lists
   * are kept in one order (job types the dictionary's, services and rules as listed in the policy),
   * so the same choice made again is no change.
   */
  void fill(MarketRow row, MarketDraft d, String districtId) {
    row.name = d.name().strip();
    row.nameKind = d.nameKind().name();
    row.nature = d.nature().name();
    row.address = d.address().strip();
    row.dailySeekers = d.dailySeekers();
    List<String> order = categories.active().stream().map(JobCategory::code).toList();
    row.jobTypes =
        MarketRow.join(
            d.jobTypes() == null
                ? null
                : d.jobTypes().stream()
                    .map(String::trim)
                    .sorted(java.util.Comparator.comparingInt(order::indexOf))
                    .toList());
    row.dailyHires = d.dailyHires();
    row.kind = d.kind().name();
    row.districtId = districtId;
    row.operation = d.operation().name();
    row.operatorName = d.operatorName().strip();
    row.operatorCreditCode =
        blank(d.operatorCreditCode()) ? null : CreditCodes.normalize(d.operatorCreditCode());
    row.hrAgency = Boolean.TRUE.equals(d.hrAgency());
    row.hrLicenceNo = row.hrAgency ? d.hrLicenceNo().strip() : null;
    row.legalRepresentative = row.hrAgency ? d.legalRepresentative().strip() : null;
    row.openingHours = d.openingHours().strip();
    row.contactName = d.contactName().strip();
    row.serviceHotline =
        blank(d.serviceHotline()) ? null : PhoneNumbers.normalize(d.serviceHotline());
    row.complaintChannel = blank(d.complaintChannel()) ? null : d.complaintChannel().strip();
    row.floorArea =
        d.floorArea() == null
            ? null
            : d.floorArea().setScale(2, java.math.RoundingMode.UNNECESSARY);
    row.staff = d.staff();
    row.services =
        MarketRow.join(d.services() == null ? null : d.services().stream().sorted().toList());
    row.rules = MarketRow.join(d.rules() == null ? null : d.rules().stream().sorted().toList());
    row.openedOn = d.openedOn();
    row.status = d.status().name();
  }

  /** Whether a list given has no empty item (an empty item is refused under the list's name). */
  private static boolean noBlankItem(
      InvalidInputException.Collector errors, String field, java.util.List<?> items) {
    if (items == null) {
      return false;
    }
    if (items.stream().anyMatch(i -> i == null || i.toString().isBlank())) {
      errors.add(field, "validation.listItemEmpty");
      return false;
    }
    return true;
  }

  private static void count(InvalidInputException.Collector errors, String field, Integer value) {
    if (value != null && (value < 0 || value > COUNT_MAX)) {
      errors.add(field, "market.count.range", COUNT_MAX);
    }
  }

  private static void required(InvalidInputException.Collector errors, String field, Object value) {
    if (value == null) {
      errors.add(field, "validation.required");
    }
  }

  private static void text(
      InvalidInputException.Collector errors, String field, String value, int max) {
    errors.requireText(field, value);
    errors.maxLength(field, trim(value), max);
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return value == null ? null : value.strip();
  }
}
