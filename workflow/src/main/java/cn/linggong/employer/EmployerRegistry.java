package cn.linggong.employer;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.privacy.PersonalData;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.CreditCodes;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MobileNumbers;
import cn.linggong.shared.validation.ResidentIdNumbers;
import java.time.Clock;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用工主体: registers employers (an organisation by its unified social credit code, an individual by ID
 * number, kept encrypted), one registration each, and records the caseworker's verification (双实名)
 * that referrals require.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EmployerRegistry {

  private static final int NAME_MAX = 200;
  private static final int CONTACT_MAX = 64;
  private static final int ADDRESS_MAX = 300;
  private static final int PAGE_MAX = 200;

  private final EmployerMapper mapper;
  private final PersonalData personalData;
  private final CreditCodes creditCodes;
  private final ResidentIdNumbers idNumbers;
  private final MobileNumbers mobiles;
  private final Districts districts;
  private final AuditService audit;
  private final cn.linggong.privacy.FullViews fullViews;
  private final Clock clock;

  /**
   * What a caseworker types: an organisation gives its credit code, an individual employer the ID
   * number. A district user registers in the own district; city level names one.
   */
  @io.swagger.v3.oas.annotations.media.Schema(name = "EmployerRegistration")
  public record Registration(
      Employer.Kind kind,
      String name,
      String creditCode,
      String idNumber,
      String contactName,
      String contactPhone,
      String address,
      String districtId) {}

  @Transactional
  public Employer register(LinggongUser user, Registration r) {
    EmployerPolicy.REGISTER.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    check(user, r, errors);
    errors.throwIfAny();
    try {
      return insert(user, r);
    } catch (org.springframework.dao.DuplicateKeyException registeredMeanwhile) {
      throw new cn.linggong.shared.ConflictException("employer.registeredMeanwhile");
    }
  }

  /**
   * The employer with this credit code or ID number: the registered one, or registered now. Two
   * filings naming the same new employer at once get the same record (the second insert meets the
   * unique key and reads the first).
   */
  @Transactional
  public Employer findOrRegister(LinggongUser user, Registration r) {
    EmployerPolicy.REGISTER.check(user);
    var found = existing(r);
    if (found.isPresent()) {
      return found.get();
    }
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    check(user, r, errors);
    errors.throwIfAny();
    try {
      return insert(user, r);
    } catch (org.springframework.dao.DuplicateKeyException registeredMeanwhile) {
      return existing(r).orElseThrow(() -> registeredMeanwhile);
    }
  }

  /**
   * The registered employer with this credit code or ID number, if any (any district: a complaint
   * names the employer wherever it is registered).
   */
  @Transactional(readOnly = true)
  public java.util.Optional<Employer> existing(Registration r) {
    if (r.kind() == Employer.Kind.ORGANIZATION && r.creditCode() != null) {
      return java.util.Optional.ofNullable(
              mapper.findByCreditCode(CreditCodes.normalize(r.creditCode())))
          .map(EmployerRow::view);
    }
    if (r.kind() == Employer.Kind.INDIVIDUAL && r.idNumber() != null) {
      ResidentIdNumbers.Result id = idNumbers.validate(r.idNumber());
      if (id.valid()) {
        return java.util.Optional.ofNullable(
                mapper.findByIdNumberHash(personalData.lookupHash(id.id().number())))
            .map(EmployerRow::view);
      }
    }
    return java.util.Optional.empty();
  }

  /** Checks a registration without writing, adding every problem to {@code errors}. */
  public void check(LinggongUser user, Registration r, InvalidInputException.Collector errors) {
    EmployerPolicy.REGISTER.check(user);
    if (r.kind() == null) {
      errors.add("kind", "validation.required");
    }
    text(errors, "name", r.name(), NAME_MAX);
    text(errors, "contactName", r.contactName(), CONTACT_MAX);
    text(errors, "address", r.address(), ADDRESS_MAX);
    errors.requireText("contactPhone", r.contactPhone());
    if (!errors.has("contactPhone")) {
      errors.add("contactPhone", mobiles.check(r.contactPhone()));
    }
    districts.districtFor(user, r.districtId(), null, "districtId", errors);
    String creditCode = null;
    ResidentIdNumbers.Result id = null;
    if (r.kind() == Employer.Kind.ORGANIZATION) {
      errors.requireText("creditCode", r.creditCode());
      if (!errors.has("creditCode")) {
        errors.add("creditCode", creditCodes.check(r.creditCode()));
      }
      if (!errors.has("creditCode")) {
        creditCode = CreditCodes.normalize(r.creditCode());
        EmployerRow existing = mapper.findByCreditCode(creditCode);
        if (existing != null) {
          registered(user, errors, "creditCode", existing);
        }
      }
    } else if (r.kind() == Employer.Kind.INDIVIDUAL) {
      errors.requireText("idNumber", r.idNumber());
      if (!errors.has("idNumber")) {
        id = idNumbers.validate(r.idNumber());
        errors.add("idNumber", id.violation());
      }
      if (id != null && id.valid()) {
        EmployerRow existing = mapper.findByIdNumberHash(personalData.lookupHash(id.id().number()));
        if (existing != null) {
          registered(user, errors, "idNumber", existing);
        }
      }
    }
  }

  private Employer insert(LinggongUser user, Registration r) {
    String district = user.cityLevel() ? blankToNull(r.districtId()) : user.districtId();
    String creditCode =
        r.kind() == Employer.Kind.ORGANIZATION ? CreditCodes.normalize(r.creditCode()) : null;
    ResidentIdNumbers.Result id =
        r.kind() == Employer.Kind.INDIVIDUAL ? idNumbers.validate(r.idNumber()) : null;
    String phone = MobileNumbers.normalize(r.contactPhone());
    EmployerRow row = new EmployerRow();
    row.kind = r.kind().name();
    row.name = r.name().trim();
    row.creditCode = creditCode;
    if (id != null) {
      row.idNumberEnc = personalData.encrypt(id.id().number());
      row.idNumberHash = personalData.lookupHash(id.id().number());
      row.idNumberMasked = id.id().masked();
    }
    row.contactName = r.contactName().trim();
    row.contactPhoneEnc = personalData.encrypt(phone);
    row.contactPhoneMasked = MobileNumbers.mask(phone);
    row.address = r.address().trim();
    row.districtId = district;
    row.registeredAt = clock.instant();
    row.registeredBy = user.userId();
    mapper.insert(row);
    audit.record(
        user.userId(), "EMPLOYER_REGISTERED", "employer", String.valueOf(row.id), district, null);
    return row.view();
  }

  /**
   * 双实名: the caseworker has checked the employer's licence or ID and the contact in person; from
   * now on its postings can be referred.
   */
  @Transactional
  public Employer verify(LinggongUser user, long id) {
    EmployerPolicy.VERIFY.check(user);
    EmployerRow row = visible(user, id);
    if (row.verified) {
      throw new ConflictException("employer.alreadyVerified", row.verifiedBy);
    }
    mapper.verify(id, user.userId(), clock.instant());
    audit.record(
        user.userId(), "EMPLOYER_VERIFIED", "employer", String.valueOf(id), row.districtId, null);
    return mapper.findById(id).view();
  }

  @Transactional(readOnly = true)
  public Employer find(LinggongUser user, long id) {
    EmployerPolicy.VIEW.check(user);
    return visible(user, id).view();
  }

  /**
   * An individual employer's full ID number to print in a letter of this person's step (null for an
   * organisation, which has its credit code); the use is audited on the employer. Any district's:
   * the step that makes the letter has been allowed, and a referral may go to another district's
   * posting, a complainant be registered in another district.
   */
  @Transactional
  public String idNumberForLetter(LinggongUser user, long id, String letter) {
    EmployerPolicy.NUMBERS_IN_LETTER.check(user);
    EmployerRow row = mapper.findById(id);
    if (row == null) {
      throw new NotFoundException("employer.notFound", id);
    }
    if (row.idNumberEnc == null) {
      return null;
    }
    fullViews.recordLetter(user.userId(), "employer", String.valueOf(id), row.districtId, letter);
    return personalData.decrypt(row.idNumberEnc);
  }

  /** Any employer by id, for other features' rules (no district check: the caller has one). */
  @Transactional(readOnly = true)
  public java.util.Optional<Employer> byId(long id) {
    return java.util.Optional.ofNullable(mapper.findById(id)).map(EmployerRow::view);
  }

  @Transactional(readOnly = true)
  public List<Employer> search(
      LinggongUser user, String name, Boolean verified, String districtId, int offset, int limit) {
    EmployerPolicy.VIEW.check(user);
    String district = user.cityLevel() ? blankToNull(districtId) : user.districtId();
    String nameLike =
        blankToNull(name) == null
            ? null
            : "%" + name.trim().replace("%", "").replace("_", "") + "%";
    return mapper
        .search(
            district,
            nameLike,
            verified,
            Math.max(0, offset),
            Math.min(Math.max(1, limit), PAGE_MAX))
        .stream()
        .map(EmployerRow::view)
        .toList();
  }

  EmployerRow visible(LinggongUser user, long id) {
    EmployerRow row = mapper.findById(id);
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("employer.notFound", id);
    }
    return row;
  }

  /** Refused as registered before, saying where only to someone who may see that district. */
  private void registered(
      LinggongUser user,
      InvalidInputException.Collector errors,
      String field,
      EmployerRow existing) {
    if (user.cityLevel() || existing.districtId.equals(user.districtId())) {
      errors.add(field, "employer.registered", existing.name, districtName(existing));
    } else {
      errors.add(field, "employer.registeredElsewhere");
    }
  }

  private String districtName(EmployerRow row) {
    return districts.district(row.districtId).map(District::name).orElse(row.districtId);
  }

  private static void text(
      InvalidInputException.Collector errors, String field, String value, int max) {
    errors.requireText(field, value);
    errors.maxLength(field, value, max);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
