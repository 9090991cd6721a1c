package cn.linggong.worker;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.privacy.PersonalData;
import cn.linggong.shared.NotFoundException;
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
 * 零工人员实名台账: registers gig workers with only what is needed, keeps their ID number and mobile
 * encrypted, refuses a second registration of the same person in any district (saying where), shows
 * numbers masked, and records every look at a full number.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkerRegistry {

  private static final int NAME_MAX = 64;
  private static final int PAGE_MAX = 200;
  static final String TAG = "hardship:";
  static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

  private final WorkerMapper mapper;
  private final PersonalData personalData;
  private final ResidentIdNumbers idNumbers;
  private final MobileNumbers mobiles;
  private final Districts districts;
  private final AuditService audit;
  private final cn.linggong.employer.JobCategories categories;
  private final cn.linggong.shared.validation.MoneyAmounts money;
  private final cn.linggong.privacy.FullViews fullViews;
  private final Clock clock;

  /**
   * What a caseworker types. A district user registers in the own district; city level names one.
   */
  @io.swagger.v3.oas.annotations.media.Schema(name = "WorkerRegistration")
  public record Registration(
      String name,
      String idNumber,
      String mobile,
      String districtId,
      List<String> skills,
      cn.linggong.employer.SkillLevel skillLevel,
      java.math.BigDecimal desiredDailyPay) {

    /** Name, ID number, mobile and district only; skills may follow later. */
    public Registration(String name, String idNumber, String mobile, String districtId) {
      this(name, idNumber, mobile, districtId, null, null, null);
    }
  }

  @Transactional
  public Worker register(LinggongUser user, Registration r) {
    WorkerPolicy.REGISTER.check(user);
    return registerChecked(user, r);
  }

  private Worker registerChecked(LinggongUser user, Registration r) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    errors.requireText("name", r.name());
    if (r.name() != null && r.name().trim().length() > NAME_MAX) {
      errors.add("name", "identity.name.tooLong", NAME_MAX);
    }
    ResidentIdNumbers.Result id = null;
    if (r.idNumber() == null || r.idNumber().isBlank()) {
      errors.add("idNumber", "validation.required");
    } else {
      id = idNumbers.validate(r.idNumber());
      errors.add("idNumber", id.violation());
    }
    errors.requireText("mobile", r.mobile());
    if (r.mobile() != null && !r.mobile().isBlank()) {
      errors.add("mobile", mobiles.check(r.mobile()));
    }
    String district = districts.districtFor(user, r.districtId(), null, "districtId", errors);
    checkSkills(errors, r.skills(), r.desiredDailyPay());
    String idHash = null;
    if (id != null && id.valid()) {
      idHash = personalData.lookupHash(id.id().number());
      WorkerRow existing = mapper.findByIdNumberHash(idHash);
      if (existing != null && (user.cityLevel() || existing.districtId.equals(district))) {
        String where =
            districts.district(existing.districtId).map(District::name).orElse(existing.districtId);
        errors.add("idNumber", "assistance.worker.registered", where);
      } else if (existing != null) {
        // a district user may not learn where someone outside their district lives
        errors.add("idNumber", "assistance.worker.registeredElsewhere");
      }
    }
    errors.throwIfAny();

    String mobile = MobileNumbers.normalize(r.mobile());
    WorkerRow row = new WorkerRow();
    row.name = r.name().trim();
    row.idNumberEnc = personalData.encrypt(id.id().number());
    row.idNumberHash = idHash;
    row.idTailHash = tailHash(tailOf(id.id().number()));
    row.mobileEnc = personalData.encrypt(mobile);
    row.mobileHash = personalData.lookupHash(mobile);
    row.mobileMasked = MobileNumbers.mask(mobile);
    row.districtId = district;
    row.registeredAt = clock.instant();
    row.registeredBy = user.userId();
    row.skills =
        r.skills() == null
            ? null
            : String.join(",", r.skills().stream().map(String::trim).distinct().toList());
    row.skillLevel =
        (r.skillLevel() == null ? cn.linggong.employer.SkillLevel.NONE : r.skillLevel()).name();
    row.desiredDailyPay = r.desiredDailyPay();
    try {
      mapper.insert(row);
    } catch (org.springframework.dao.DuplicateKeyException registeredMeanwhile) {
      // the same person registered by someone else a moment ago (uq_worker_id_number)
      throw new cn.linggong.shared.ConflictException("assistance.worker.registeredMeanwhile");
    }
    audit.record(
        user.userId(), "WORKER_REGISTERED", "worker", String.valueOf(row.id), district, null);
    return view(row);
  }

  /**
   * The worker with this ID number wherever registered, or a new registration in the person's
   * district (complaints name workers by real name; the registry keeps one record per person).
   */
  @Transactional
  public Worker findOrRegister(LinggongUser user, Registration r) {
    WorkerPolicy.REGISTER_WHILE_FILING.check(user);
    if (r.idNumber() != null) {
      ResidentIdNumbers.Result id = idNumbers.validate(r.idNumber());
      if (id.valid()) {
        WorkerRow existing = mapper.findByIdNumberHash(personalData.lookupHash(id.id().number()));
        if (existing != null) {
          return view(existing);
        }
      }
    }
    try {
      return registerChecked(user, r);
    } catch (cn.linggong.shared.ConflictException registeredMeanwhile) {
      ResidentIdNumbers.Result id = idNumbers.validate(r.idNumber());
      WorkerRow existing = mapper.findByIdNumberHash(personalData.lookupHash(id.id().number()));
      if (existing == null) {
        throw registeredMeanwhile;
      }
      return view(existing);
    }
  }

  /**
   * Whether a valid ID number belongs to someone registered in a district the person may not see (a
   * district user's own district, or any at city level, is theirs).
   */
  @Transactional(readOnly = true)
  public boolean registeredOutside(LinggongUser user, String idNumber) {
    if (user.cityLevel()) {
      return false;
    }
    WorkerRow existing = mapper.findByIdNumberHash(personalData.lookupHash(idNumber));
    return existing != null && !existing.districtId.equals(user.districtId());
  }

  /** A worker as lists show them (masked), if within the person's district. */
  @Transactional(readOnly = true)
  public Worker find(LinggongUser user, long id) {
    WorkerPolicy.VIEW.check(user);
    return view(visible(user, id));
  }

  /**
   * Search by name (part), full ID number or mobile (matched by keyed hash, never decrypted), in
   * the person's district (city level: all, or one).
   */
  @Transactional(readOnly = true)
  public List<Worker> search(
      LinggongUser user,
      String name,
      String idNumber,
      String mobile,
      String hardshipTag,
      String districtId,
      int offset,
      int limit) {
    WorkerPolicy.VIEW.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    errors.maxLength("name", name, NAME_MAX);
    errors.maxLength("idNumber", idNumber, LOOKUP_MAX);
    errors.maxLength("mobile", mobile, LOOKUP_MAX);
    if (blankToNull(hardshipTag) != null) {
      // whom the list shows by status tells their hardship: the right to read hardship facts
      WorkerPolicy.VIEW_HARDSHIP.check(user);
      if (!HardshipFacts.TAGS.contains(hardshipTag.trim())) {
        errors.add(
            "hardship", "assistance.hardship.unknownTag", String.join(", ", HardshipFacts.TAGS));
      }
    }
    errors.maxLength("district", districtId, LOOKUP_MAX);
    errors.throwIfAny();
    String district = user.cityLevel() ? blankToNull(districtId) : user.districtId();
    String nameLike =
        blankToNull(name) == null
            ? null
            : "%" + name.trim().replace("%", "").replace("_", "") + "%";
    String idHash = null;
    String idTail = null;
    String areaPrefix = null;
    if (blankToNull(idNumber) != null) {
      String wanted = ResidentIdNumbers.normalize(idNumber.replace('＊', '*'));
      if (wanted.length() == ResidentIdNumbers.LENGTH && wanted.indexOf('*') < 0) {
        idHash = personalData.lookupHash(wanted);
      } else {
        // a masked number as lists show it (410102********1234) or its last four characters,
        // found by the keyed hash of the last four (the table keeps no part of the number)
        String plain = wanted.replace("*", "");
        // fewer than four characters find no one: too many people share them
        idTail = tailHash(plain.length() >= TAIL ? tailOf(plain) : "-");
        if (wanted.length() == ResidentIdNumbers.LENGTH && wanted.indexOf('*') > 0) {
          areaPrefix = wanted.substring(0, wanted.indexOf('*'));
        }
      }
    }
    String mobileHash =
        blankToNull(mobile) == null
            ? null
            : personalData.lookupHash(MobileNumbers.normalize(mobile));
    String area = areaPrefix;
    String tagHash =
        blankToNull(hardshipTag) == null ? null : personalData.lookupHash(TAG + hardshipTag.trim());
    return mapper
        .search(
            district,
            nameLike,
            mobileHash,
            idHash,
            idTail,
            tagHash,
            Math.max(0, offset),
            Math.min(Math.max(1, limit), PAGE_MAX))
        .stream()
        .map(this::view)
        .filter(w -> area == null || w.idNumberMasked().startsWith(area))
        .toList();
  }

  /**
   * The full ID number, for a person allowed to see the worker, with a purpose from the list; every
   * look is audited with it.
   */
  @Transactional
  public String fullIdNumber(
      LinggongUser user, long id, cn.linggong.privacy.FullViewPurpose purpose, String note) {
    WorkerPolicy.VIEW_ID_NUMBER.check(user);
    fullViews.check(purpose, note);
    WorkerRow row = visible(user, id);
    fullViews.record(
        user,
        cn.linggong.privacy.FullViews.ID_NUMBER,
        "worker",
        String.valueOf(id),
        row.districtId,
        purpose,
        note);
    return personalData.decrypt(row.idNumberEnc);
  }

  /** A worker's whole numbers, for a letter. */
  public record LetterNumbers(String idNumber, String mobile) {}

  /**
   * The full ID number and mobile to print in a letter of this person's step ({@code letter} names
   * it, e.g. "调解协议书 LG-…"); the use is audited on the worker. Any district's: the step that makes
   * the letter has been allowed, and a referral may go to another district's posting, a complainant
   * be registered in another district.
   */
  @Transactional
  public LetterNumbers numbersForLetter(LinggongUser user, long id, String letter) {
    WorkerPolicy.NUMBERS_IN_LETTER.check(user);
    WorkerRow row = mapper.findById(id);
    if (row == null) {
      throw new NotFoundException("assistance.worker.notFound", id);
    }
    fullViews.recordLetter(user.userId(), "worker", String.valueOf(id), row.districtId, letter);
    return new LetterNumbers(
        personalData.decrypt(row.idNumberEnc), personalData.decrypt(row.mobileEnc));
  }

  /** Adds the problems of skills and desired pay (also for a change of them). */
  void checkSkills(
      InvalidInputException.Collector errors,
      List<String> skills,
      java.math.BigDecimal desiredDailyPay) {
    if (skills != null) {
      for (String code : skills) {
        if (code == null || !categories.isActive(code.trim())) {
          errors.add("skills", "employer.category.unknown", String.valueOf(code));
          break;
        }
      }
    }
    if (desiredDailyPay != null) {
      errors.add("desiredDailyPay", money.check(desiredDailyPay).violation());
    }
  }

  /**
   * What the process needs to know about a worker, for the system's own rules (tiering, matching):
   * no person looks at it, so it is not audited as a view.
   */
  @Transactional(readOnly = true)
  public WorkerProfile profile(long id) {
    WorkerRow row = mapper.findById(id);
    if (row == null) {
      throw new NotFoundException("assistance.worker.notFound", id);
    }
    HardshipFacts facts = null;
    if (row.hardshipEnc != null) {
      try {
        facts = JSON.readValue(personalData.decrypt(row.hardshipEnc), HardshipFacts.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return new WorkerProfile(
        view(row), facts, ResidentIdNumbers.of(personalData.decrypt(row.idNumberEnc)).birthDate());
  }

  /** The longest thing looked for by number, status or district. */
  static final int LOOKUP_MAX = 64;

  /** Characters of the number kept as a keyed hash for finding someone by them. */
  static final int TAIL = 4;

  private static String tailOf(String number) {
    return number.substring(number.length() - TAIL);
  }

  private String tailHash(String lastFour) {
    return personalData.lookupHash("id-tail:" + lastFour);
  }

  private Worker view(WorkerRow row) {
    return row.view(personalData.decrypt(row.idNumberEnc));
  }

  /**
   * Fills the keyed hash of the last four characters for rows registered before it existed (V13
   * dropped the masked number, birth date and sex, which together rebuilt the number).
   */
  @Transactional
  public int fillTailHashes(int batch) {
    List<WorkerRow> rows = mapper.findWithoutTailHash(batch);
    for (WorkerRow row : rows) {
      mapper.setTailHash(row.id, tailHash(tailOf(personalData.decrypt(row.idNumberEnc))));
    }
    return rows.size();
  }

  /** Whether any gig worker is registered (a first start has none). */
  @Transactional(readOnly = true)
  public boolean anyRegistered() {
    return mapper.any();
  }

  WorkerRow visible(LinggongUser user, long id) {
    WorkerRow row = mapper.findById(id);
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("assistance.worker.notFound", id);
    }
    return row;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
