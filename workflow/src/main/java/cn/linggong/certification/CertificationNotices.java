package cn.linggong.certification;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseTimeline;
import cn.linggong.engine.LimitExpressions;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.PhoneNumbers;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示: a passed review is published for {@code certification.public-notice}; anyone may object on
 * the public page (text required, name and contact optional, a few objections an hour from one
 * address), staff may record one; each objection is resolved by a reviewer before the decision, and
 * the decision waits until the period is over and no objection is open.
 */
@Service("certificationNotices")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationNotices {

  static final int TEXT_MAX = 2000;

  /** The fewest characters an objection's facts and reasons take ("短" says nothing). */
  static final int TEXT_MIN = 5;

  static final int NAME_MAX = 64;
  static final int CONTACT_MAX = 64;

  private final CertificationRecords records;
  private final CertificationMapper mapper;
  private final MarketDirectory markets;
  private final Districts districts;
  private final LimitExpressions limits;
  private final PublicObjections objections;
  private final AuditService audit;
  private final Clock clock;

  /** Publishes the application for objections (the process, after a passed review). */
  public void open(DelegateExecution execution) {
    CertificationRow row = row(execution);
    Instant from = clock.instant();
    Instant until = limits.due("certification.public-notice").toInstant();
    mapper.openNotice(row.id, from, until);
    records.record(
        row,
        "NOTICE_OPENED",
        null,
        null,
        null,
        Map.of("from", from.toString(), "until", until.toString()),
        CaseTimeline.SYSTEM);
  }

  /** When the notice period ends (the timer's date, the same each time the process waits). */
  public Date ends(DelegateExecution execution) {
    return Date.from(row(execution).noticeUntil);
  }

  public boolean over(DelegateExecution execution) {
    return !clock.instant().isBefore(row(execution).noticeUntil);
  }

  public long openObjections(DelegateExecution execution) {
    return mapper.openObjections(row(execution).id);
  }

  /** The notice is over and every objection resolved: on to the decision. */
  public void close(DelegateExecution execution) {
    CertificationRow row = row(execution);
    records.stage(row, Certification.Stage.DECISION);
    records.record(
        row,
        "NOTICE_CLOSED",
        null,
        null,
        null,
        Map.of("objections", mapper.objections(row.id).size()),
        CaseTimeline.SYSTEM);
  }

  /** The applications under public notice now, for anyone. */
  @Transactional(readOnly = true)
  public List<PublicNotice> published() {
    return mapper.underNotice(clock.instant()).stream()
        .filter(r -> clock.instant().isBefore(r.noticeUntil))
        .map(this::published)
        .toList();
  }

  private PublicNotice published(CertificationRow r) {
    Market m = markets.publicView(r.marketId);
    return new PublicNotice(
        r.applicationNo,
        m.name(),
        districts.district(r.districtId).map(District::name).orElse(r.districtId),
        m.address(),
        m.operatorName(),
        Certification.Level.valueOf(r.level),
        r.reviewScore,
        r.noticeFrom,
        r.noticeUntil);
  }

  /** What anyone may send on the public page. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "PublicObjection")
  public record PublicObjection(String name, String contact, String text) {}

  /** An objection from the public page: anyone, a few an hour from one address. */
  @Transactional
  public void objectPublicly(String applicationNo, PublicObjection objection) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    check(objection, errors);
    errors.throwIfAny();
    CertificationRow row = underNotice(applicationNo);
    String address =
        objections.senderWithinLimit(
            (hash, since) -> mapper.objectionsFrom(hash, since, clock.instant()));
    store(row, objection, "PUBLIC", null, address);
  }

  /** An objection staff record (a letter, a call) while the notice runs. */
  @Transactional
  public void objectAsStaff(LinggongUser user, String applicationNo, PublicObjection objection) {
    CertificationPolicy.OBJECT.check(user);
    records.visible(user, applicationNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    check(objection, errors);
    errors.throwIfAny();
    store(underNotice(applicationNo), objection, "STAFF", user.userId(), null);
  }

  /** The fields of an objection, as every public notice takes them. */
  public static void check(PublicObjection o, InvalidInputException.Collector errors) {
    if (o == null) {
      errors.add("text", "validation.required");
      return;
    }
    errors.requireText("text", o.text());
    if (o.text() != null && !o.text().isBlank() && o.text().strip().length() < TEXT_MIN) {
      errors.add("text", "certification.objection.tooShort", TEXT_MIN);
    }
    errors.maxLength("text", o.text(), TEXT_MAX);
    errors.maxLength("name", o.name(), NAME_MAX);
    errors.maxLength("contact", o.contact(), CONTACT_MAX);
  }

  private CertificationRow underNotice(String applicationNo) {
    CertificationRow row = records.byNo(applicationNo);
    if (!Certification.Stage.PUBLIC_NOTICE.name().equals(row.stage)
        || row.noticeUntil == null
        || !clock.instant().isBefore(row.noticeUntil)) {
      throw new ConflictException("certification.notice.notOpen", applicationNo);
    }
    return row;
  }

  private void store(
      CertificationRow row, PublicObjection o, String source, String filedBy, String address) {
    ObjectionRow objection = objections.row(row.id, o, source, filedBy, address);
    mapper.insertObjection(objection);
    records.record(
        row,
        "OBJECTION_FILED",
        null,
        source,
        null,
        Map.of(),
        filedBy == null ? CaseTimeline.SYSTEM : filedBy);
    audit.record(
        filedBy == null ? "public" : filedBy,
        "CERTIFICATION_OBJECTION",
        "certification",
        row.applicationNo,
        row.districtId,
        source);
    objections.deliver(row.processInstanceId, CertificationProcess.MESSAGE_OBJECTION);
  }

  /** A phone masked as a mobile is; any other contact shown by its first and last characters. */
  public static String masked(String contact) {
    if (PhoneNumbers.isMobile(contact)) {
      return PhoneNumbers.shown(contact);
    }
    return contact.length() <= 2
        ? "**"
        : contact.charAt(0) + "***" + contact.charAt(contact.length() - 1);
  }

  private CertificationRow row(DelegateExecution execution) {
    return records.byId(
        ((Number) execution.getVariable(CertificationProcess.VAR_APPLICATION_ID)).longValue());
  }
}
