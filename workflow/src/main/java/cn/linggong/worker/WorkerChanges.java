package cn.linggong.worker;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.privacy.PersonalData;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MobileNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's record over time: corrections of the registration, a transfer to another district by a
 * city-level admin with a reason, the contact log; every change kept (who, when, before → after,
 * personal numbers masked) and audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkerChanges {

  static final int NAME_MAX = 64;
  static final int REASON_MAX = 500;
  static final int NOTE_MAX = 1000;

  private final WorkerRegistry registry;
  private final WorkerMapper mapper;
  private final PersonalData personalData;
  private final MobileNumbers mobiles;
  private final Districts districts;
  private final AuditService audit;
  private final Clock clock;

  /**
   * What a caseworker may correct of a registration (the ID number is who the person is); a blank
   * mobile keeps the one registered (it is never shown in full to be retyped).
   */
  @io.swagger.v3.oas.annotations.media.Schema(name = "WorkerCorrection")
  public record Correction(String name, String mobile) {}

  /** Corrects the name or mobile; unchanged fields are not recorded. */
  @Transactional
  public Worker correct(LinggongUser user, long id, Correction c) {
    WorkerPolicy.CORRECT.check(user);
    WorkerRow row = registry.visible(user, id);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    errors.requireText("name", c.name());
    errors.maxLength("name", c.name() == null ? null : c.name().trim(), NAME_MAX);
    boolean newMobile = c.mobile() != null && !c.mobile().isBlank();
    if (newMobile) {
      errors.add("mobile", mobiles.check(c.mobile()));
    }
    errors.throwIfAny();
    String name = c.name().trim();
    String mobile = newMobile ? MobileNumbers.normalize(c.mobile()) : null;
    String mobileHash = newMobile ? personalData.lookupHash(mobile) : row.mobileHash;
    boolean nameChanged = !name.equals(row.name);
    boolean mobileChanged = !mobileHash.equals(row.mobileHash);
    if (!nameChanged && !mobileChanged) {
      return registry.find(user, id);
    }
    mapper.updateRegistration(
        id,
        name,
        mobileChanged ? personalData.encrypt(mobile) : row.mobileEnc,
        mobileHash,
        mobileChanged ? MobileNumbers.mask(mobile) : row.mobileMasked);
    if (nameChanged) {
      change(user, id, "name", row.name, name, null);
    }
    if (mobileChanged) {
      change(user, id, "mobile", row.mobileMasked, MobileNumbers.mask(mobile), null);
    }
    audit.record(
        user.userId(), "WORKER_CORRECTED", "worker", String.valueOf(id), row.districtId, null);
    return registry.find(user, id);
  }

  /**
   * Moves the worker to another district (they moved house): a city-level admin, with a reason.
   * Their open cases stay with the district that opened them.
   */
  @Transactional
  public Worker transfer(LinggongUser user, long id, String districtId, String reason) {
    WorkerPolicy.TRANSFER.check(user);
    WorkerRow row = registry.visible(user, id);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (!user.cityLevel()) {
      errors.add("districtId", "worker.transfer.cityLevelOnly");
    }
    String to = districtId == null ? "" : districtId.trim();
    if (to.isEmpty()) {
      errors.add("districtId", "validation.required");
    } else if (districts.district(to).isEmpty()) {
      errors.add("districtId", "identityService.district.unknown", to);
    } else if (to.equals(row.districtId)) {
      errors.add("districtId", "worker.transfer.sameDistrict");
    }
    errors.requireText("reason", reason);
    errors.maxLength("reason", reason == null ? null : reason.trim(), REASON_MAX);
    errors.throwIfAny();
    mapper.updateDistrict(id, to);
    change(user, id, "districtId", name(row.districtId), name(to), reason.trim());
    audit.record(
        user.userId(),
        "WORKER_TRANSFERRED",
        "worker",
        String.valueOf(id),
        to,
        row.districtId + " -> " + to + "; " + reason.trim());
    return registry.find(user, id);
  }

  /** Skills and desired pay, changed as the worker's situation changes; each change kept. */
  @Transactional
  public Worker changeSkills(
      LinggongUser user,
      long id,
      List<String> skills,
      cn.linggong.employer.SkillLevel skillLevel,
      java.math.BigDecimal desiredDailyPay) {
    WorkerPolicy.RECORD_HARDSHIP.check(user);
    WorkerRow row = registry.visible(user, id);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    registry.checkSkills(errors, skills, desiredDailyPay);
    errors.throwIfAny();
    String joined =
        skills == null
            ? null
            : String.join(",", skills.stream().map(String::trim).distinct().toList());
    String level = (skillLevel == null ? cn.linggong.employer.SkillLevel.NONE : skillLevel).name();
    mapper.updateSkills(id, joined, level, desiredDailyPay);
    change(user, id, "skills", blankToNull(row.skills), blankToNull(joined), null);
    change(user, id, "skillLevel", row.skillLevel, level, null);
    change(user, id, "desiredDailyPay", plain(row.desiredDailyPay), plain(desiredDailyPay), null);
    audit.record(
        user.userId(), "WORKER_SKILLS_CHANGED", "worker", String.valueOf(id), row.districtId, null);
    return registry.find(user, id);
  }

  private static String plain(java.math.BigDecimal amount) {
    return amount == null
        ? null
        : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Every change of the worker's record, newest first. */
  @Transactional(readOnly = true)
  public List<WorkerChange> history(LinggongUser user, long id) {
    WorkerPolicy.VIEW.check(user);
    registry.visible(user, id);
    return mapper.changes(id);
  }

  /** Notes a call, visit or message. */
  @Transactional
  public WorkerContact logContact(
      LinggongUser user, long id, WorkerContact.Kind kind, LocalDate on, String note) {
    WorkerPolicy.LOG_CONTACT.check(user);
    registry.visible(user, id);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (kind == null) {
      errors.add("kind", "validation.required");
    }
    if (on == null) {
      errors.add("on", "validation.required");
    } else if (on.isAfter(LocalDate.now(clock))) {
      errors.add("on", "worker.contact.inFuture");
    }
    errors.requireText("note", note);
    errors.maxLength("note", note == null ? null : note.trim(), NOTE_MAX);
    errors.throwIfAny();
    WorkerContactRow row = new WorkerContactRow();
    row.workerId = id;
    row.on = on;
    row.kind = kind.name();
    row.note = note.trim();
    row.recordedBy = user.userId();
    row.recordedAt = clock.instant();
    mapper.insertContact(row);
    return row.view();
  }

  /** The contact log, newest first. */
  @Transactional(readOnly = true)
  public List<WorkerContact> contacts(LinggongUser user, long id) {
    WorkerPolicy.VIEW.check(user);
    registry.visible(user, id);
    return mapper.contacts(id).stream().map(WorkerContactRow::view).toList();
  }

  /** Keeps a change row (package use: skills and hardship record theirs too). */
  void change(
      LinggongUser user, long id, String field, String before, String after, String reason) {
    if (Objects.equals(before, after) && reason == null) {
      return;
    }
    mapper.insertChange(id, clock.instant(), user.userId(), field, before, after, reason);
  }

  private String name(String districtId) {
    return districts.district(districtId).map(District::name).orElse(districtId);
  }
}
