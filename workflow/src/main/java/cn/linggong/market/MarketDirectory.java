package cn.linggong.market;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.privacy.PersonalData;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.PhoneNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 零工市场名录: registers the gig markets of each district and keeps their records current, every change
 * kept (who, when, before → after) and audited; a change of status needs a reason. Certifications
 * granted elsewhere are recorded by the city's reviewers.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MarketDirectory {

  public static final int PAGE_MAX = 500;

  private final MarketMapper mapper;
  private final MarketChecks checks;
  private final PersonalData personalData;
  private final AuditService audit;
  private final Clock clock;

  @Transactional
  public Market register(LinggongUser user, MarketDraft draft) {
    MarketPolicy.MAINTAIN.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String district = checks.check(user, draft, true, errors);
    nameFree(errors, draft, district, null);
    errors.throwIfAny();
    MarketRow row = new MarketRow();
    checks.fill(row, draft, district);
    phone(row, draft.contactPhone());
    row.certification = Market.Certification.NONE.name();
    row.createdAt = clock.instant();
    row.createdBy = user.userId();
    row.updatedAt = row.createdAt;
    row.updatedBy = row.createdBy;
    try {
      mapper.insert(row);
    } catch (org.springframework.dao.DuplicateKeyException registeredMeanwhile) {
      throw InvalidInputException.of("name", "market.name.taken", draft.name().strip());
    }
    audit.record(
        user.userId(), "MARKET_REGISTERED", "market", String.valueOf(row.id), district, null);
    return mapper.findById(row.id).view();
  }

  /**
   * Changes a market's record to the draft, if nobody changed it since {@code version} was read;
   * each changed field is kept with its before and after.
   */
  @Transactional
  public Market update(LinggongUser user, long id, MarketDraft.Update update) {
    MarketPolicy.MAINTAIN.check(user);
    MarketRow before = visible(user, id);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (update == null || update.market() == null) {
      throw InvalidInputException.of("market", "validation.required");
    }
    if (update.version() == null) {
      errors.add("version", "validation.required");
    }
    MarketDraft draft = update.market();
    String district = checks.check(user, draft, false, errors);
    nameFree(errors, draft, district, id);
    boolean statusChanges = draft.status() != null && !draft.status().name().equals(before.status);
    if (statusChanges) {
      MarketChecks.reason(errors, update.reason());
    } else {
      errors.maxLength("reason", update.reason(), MarketChecks.REASON_MAX);
    }
    errors.throwIfAny();
    MarketRow after = before.copy();
    checks.fill(after, draft, district);
    boolean phoneChanged =
        !MarketChecks.blank(draft.contactPhone())
            && !PhoneNumbers.normalize(draft.contactPhone())
                .equals(personalData.decrypt(before.contactPhoneEnc));
    if (phoneChanged) {
      phone(after, draft.contactPhone());
    }
    String reason = MarketChecks.blank(update.reason()) ? null : update.reason().strip();
    return write(user, before, after, update.version(), reason, "MARKET_CHANGED", phoneChanged);
  }

  /**
   * Records a certification granted outside this system, or corrects or ends one (level NONE), with
   * a reason; the city's reviewers.
   */
  @Transactional
  public Market recordCertification(
      LinggongUser user, long id, MarketDraft.CertificationRecord record) {
    MarketPolicy.RECORD_CERTIFICATION.check(user);
    MarketRow before = visible(user, id);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (record.version() == null) {
      errors.add("version", "validation.required");
    }
    if (record.certification() == null) {
      errors.add("certification", "validation.required");
    } else if (record.certification() != Market.Certification.NONE) {
      if (record.since() == null) {
        errors.add("since", "validation.required");
      } else if (record.since().isAfter(LocalDate.now(clock))) {
        errors.add("since", "market.certification.sinceInFuture");
      }
      if (record.until() == null) {
        errors.add("until", "validation.required");
      } else if (record.since() != null && !record.until().isAfter(record.since())) {
        errors.add("until", "market.certification.untilBeforeSince");
      }
    }
    MarketChecks.reason(errors, record.reason());
    errors.throwIfAny();
    MarketRow after = before.copy();
    boolean none = record.certification() == Market.Certification.NONE;
    after.certification = record.certification().name();
    after.certifiedSince = none ? null : record.since();
    after.certifiedUntil = none ? null : record.until();
    return write(
        user,
        before,
        after,
        record.version(),
        record.reason().strip(),
        "MARKET_CERTIFICATION_RECORDED",
        false);
  }

  /**
   * Records a certification granted by the certification process (the decision step was allowed to
   * the person who took it), kept in the market's history with the application as its basis.
   */
  @Transactional
  public Market grantCertification(
      LinggongUser decider,
      long id,
      Market.Certification level,
      java.time.LocalDate since,
      java.time.LocalDate until,
      String basis) {
    MarketRow before = mapper.findById(id);
    if (before == null) {
      throw new NotFoundException("market.notFound", id);
    }
    MarketRow after = before.copy();
    after.certification = level.name();
    after.certifiedSince = since;
    after.certifiedUntil = until;
    return write(decider, before, after, before.version, basis, "MARKET_CERTIFIED", false);
  }

  /**
   * A market as a published notice names it (name, address, operator; the contact masked): for the
   * public pages of the features that publish a market, whoever reads them.
   */
  @Transactional(readOnly = true)
  public Market publicView(long id) {
    MarketRow row = mapper.findById(id);
    if (row == null) {
      throw new NotFoundException("market.notFound", id);
    }
    return row.view();
  }

  /**
   * Ends a market's certification (a withdrawal the certification process approved, or the end of
   * its term), kept in the market's history with the reason.
   */
  @Transactional
  public Market endCertification(LinggongUser by, long id, String reason) {
    MarketRow before = mapper.findById(id);
    if (before == null) {
      throw new NotFoundException("market.notFound", id);
    }
    MarketRow after = before.copy();
    after.certification = Market.Certification.NONE.name();
    after.certifiedSince = null;
    after.certifiedUntil = null;
    return write(by, before, after, before.version, reason, "MARKET_CERTIFICATION_ENDED", false);
  }

  /**
   * Ends a market's certification because its term is over: no person did it, so the history and
   * the audit name the system.
   */
  @Transactional
  public Market endCertificationAtTermEnd(long id, String reason) {
    return endCertification(SYSTEM, id, reason);
  }

  /** The author of the changes nobody made by hand (a term that ran out). */
  private static final LinggongUser SYSTEM =
      new LinggongUser("system", "system", java.util.Set.of(), null, java.util.Locale.ROOT);

  @Transactional(readOnly = true)
  public Market find(LinggongUser user, long id) {
    MarketPolicy.VIEW.check(user);
    return visible(user, id).view();
  }

  /** A page of the directory, by district and name. */
  @Transactional(readOnly = true)
  public List<Market> search(LinggongUser user, MarketFilter filter, int offset, int limit) {
    MarketPolicy.VIEW.check(user);
    return mapper
        .search(scoped(user, filter), Math.max(0, offset), Math.min(Math.max(1, limit), PAGE_MAX))
        .stream()
        .map(MarketRow::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public long count(LinggongUser user, MarketFilter filter) {
    MarketPolicy.VIEW.check(user);
    return mapper.count(scoped(user, filter));
  }

  /** Every change of the market's record, newest first. */
  @Transactional(readOnly = true)
  public List<MarketChange> history(LinggongUser user, long id) {
    MarketPolicy.VIEW.check(user);
    visible(user, id);
    return mapper.changes(id);
  }

  /** The filter as this person may see it: a district user's own district, whatever was asked. */
  static MarketFilter scoped(LinggongUser user, MarketFilter filter) {
    MarketFilter f = filter == null ? MarketFilter.all() : filter;
    return user.cityLevel() ? f : f.inDistrict(user.districtId());
  }

  MarketRow visible(LinggongUser user, long id) {
    MarketRow row = mapper.findById(id);
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("market.notFound", id);
    }
    return row;
  }

  private Market write(
      LinggongUser user,
      MarketRow before,
      MarketRow after,
      int version,
      String reason,
      String action,
      boolean phoneChanged) {
    if (version != before.version) {
      throw new ConflictException("market.changedMeanwhile", before.updatedBy);
    }
    Map<String, String> was = shown(before);
    Map<String, String> now = shown(after);
    List<String> changed =
        was.keySet().stream()
            .filter(
                k ->
                    !Objects.equals(was.get(k), now.get(k))
                        || (phoneChanged && k.equals("contactPhone")))
            .toList();
    if (changed.isEmpty()) {
      return before.view();
    }
    after.updatedAt = clock.instant();
    after.updatedBy = user.userId();
    if (mapper.update(after, version) != 1) {
      throw new ConflictException("market.changedMeanwhile", before.updatedBy);
    }
    for (String field : changed) {
      mapper.insertChange(
          before.id, after.updatedAt, user.userId(), field, was.get(field), now.get(field), reason);
    }
    if (changed.contains("certification")
        || changed.contains("certifiedSince")
        || changed.contains("certifiedUntil")) {
      periods(after);
    }
    audit.record(
        user.userId(),
        action,
        "market",
        String.valueOf(before.id),
        after.districtId,
        String.join(",", changed));
    return mapper.findById(before.id).view();
  }

  /**
   * The market's certification periods follow its record: the running one ends on the day the new
   * one begins (a correction that moves the start back leaves it counting nowhere), or today when
   * the certification ended.
   */
  private void periods(MarketRow after) {
    boolean certified = !Market.Certification.NONE.name().equals(after.certification);
    LocalDate today = LocalDate.now(clock);
    mapper.endPeriod(
        after.id, certified && after.certifiedSince.isBefore(today) ? after.certifiedSince : today);
    if (certified) {
      mapper.insertPeriod(
          after.id,
          after.certification,
          after.certifiedSince,
          after.certifiedUntil,
          after.floorArea);
    }
  }

  /**
   * A certification the market held: its level, from and until (both days included), the day it was
   * ended early (it held until the day before), if it was, and the floor area certified (m²; null
   * where the record had none).
   */
  public record CertificationPeriod(
      String level,
      LocalDate from,
      LocalDate until,
      LocalDate endedOn,
      java.math.BigDecimal floorArea) {

    /** The last day it held. */
    public LocalDate lastDay() {
      return endedOn != null && !endedOn.isAfter(until) ? endedOn.minusDays(1) : until;
    }

    public Market.Certification certification() {
      return Market.Certification.valueOf(level);
    }
  }

  /**
   * The certifications a market has held, oldest first: for the features that pay or report by them
   * (subsidies); the caller has checked that the person may see the market.
   */
  @Transactional(readOnly = true)
  public List<CertificationPeriod> certificationPeriods(long marketId) {
    return mapper.periods(marketId);
  }

  /** How many markets of a district held one of {@code levels} on a day. */
  public record DistrictCount(String districtId, int markets) {}

  /**
   * Markets certified at one of the levels on {@code day}, per district (where each is today),
   * counted from the certifications recorded over time: for the features that report on them.
   */
  @Transactional(readOnly = true)
  public Map<String, Integer> certifiedOn(
      java.util.Collection<Market.Certification> levels, LocalDate day) {
    if (levels.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (DistrictCount c : mapper.certifiedOn(levels.stream().map(Enum::name).toList(), day)) {
      counts.put(c.districtId(), c.markets());
    }
    return counts;
  }

  /** The fields a change is recorded by, as the history shows them (the phone masked). */
  private static Map<String, String> shown(MarketRow r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", r.name);
    m.put("nameKind", r.nameKind);
    m.put("nature", r.nature);
    m.put("address", r.address);
    m.put("dailySeekers", string(r.dailySeekers));
    m.put("jobTypes", r.jobTypes);
    m.put("dailyHires", string(r.dailyHires));
    m.put("kind", r.kind);
    m.put("districtId", r.districtId);
    m.put("operation", r.operation);
    m.put("operatorName", r.operatorName);
    m.put("operatorCreditCode", r.operatorCreditCode);
    m.put("hrAgency", String.valueOf(r.hrAgency));
    m.put("hrLicenceNo", r.hrLicenceNo);
    m.put("legalRepresentative", r.legalRepresentative);
    m.put("openingHours", r.openingHours);
    m.put("contactName", r.contactName);
    m.put("contactPhone", r.contactPhoneMasked);
    m.put("serviceHotline", r.serviceHotline);
    m.put("complaintChannel", r.complaintChannel);
    m.put("floorArea", r.floorArea == null ? null : r.floorArea.toPlainString());
    m.put("staff", string(r.staff));
    m.put("services", r.services);
    m.put("rules", r.rules);
    m.put("openedOn", string(r.openedOn));
    m.put("status", r.status);
    m.put("certification", r.certification);
    m.put("certifiedSince", string(r.certifiedSince));
    m.put("certifiedUntil", string(r.certifiedUntil));
    return m;
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private void phone(MarketRow row, String phone) {
    String number = PhoneNumbers.normalize(phone);
    row.contactPhoneEnc = personalData.encrypt(number);
    row.contactPhoneMasked = PhoneNumbers.shown(number);
  }

  private void nameFree(
      InvalidInputException.Collector errors, MarketDraft d, String district, Long self) {
    if (district == null || errors.has("name")) {
      return;
    }
    MarketRow same = mapper.findByName(district, d.name().strip());
    if (same != null && !same.id.equals(self)) {
      errors.add("name", "market.name.taken", same.name);
    }
  }
}
