package cn.linggong.subsidy;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseTimeline;
import cn.linggong.certification.CertificationNotices;
import cn.linggong.certification.CertificationNotices.PublicObjection;
import cn.linggong.certification.ObjectionRow;
import cn.linggong.certification.PublicObjections;
import cn.linggong.engine.LimitExpressions;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示: the amounts finance checked are published for {@code subsidy.public-notice}; anyone may
 * object on the public page as to a certification (text required, name and contact optional, a few
 * objections an hour from one address), staff may record one; each objection is resolved by a
 * reviewer, and the approval waits until the period is over and no objection is open.
 */
@Service("subsidyNotices")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubsidyNotices {

  private final SubsidyRecords records;
  private final SubsidyApplicationMapper mapper;
  private final MarketDirectory markets;
  private final Districts districts;
  private final LimitExpressions limits;
  private final PublicObjections objections;
  private final AuditService audit;
  private final Clock clock;

  /** An application under public notice as anyone may read it: the market and the amounts. */
  public record Published(
      String applicationNo,
      String marketName,
      String districtName,
      String operatorName,
      int year,
      LocalDate periodFrom,
      LocalDate periodTo,
      List<PublishedItem> items,
      BigDecimal total,
      Instant from,
      Instant until) {}

  /** One item's amount as published. */
  public record PublishedItem(SubsidyItem item, BigDecimal amount) {}

  /** Publishes the checked amounts for objections (the process, after the calculation review). */
  public void open(DelegateExecution execution) {
    SubsidyRow row = records.of(execution);
    Instant from = clock.instant();
    Instant until = limits.due("subsidy.public-notice").toInstant();
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
    return Date.from(records.of(execution).noticeUntil);
  }

  public boolean over(DelegateExecution execution) {
    return !clock.instant().isBefore(records.of(execution).noticeUntil);
  }

  public long openObjections(DelegateExecution execution) {
    return mapper.openObjections(records.of(execution).id);
  }

  /** The notice is over and every objection resolved (or one upheld): on to the approval. */
  public void close(DelegateExecution execution) {
    SubsidyRow row = records.of(execution);
    records.stage(row, SubsidyApplication.Stage.APPROVAL);
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
  public List<Published> published() {
    return mapper.underNotice(clock.instant()).stream().map(this::published).toList();
  }

  private Published published(SubsidyRow r) {
    Market m = markets.publicView(r.marketId);
    List<PublishedItem> items =
        records.items(r).stream()
            .map(i -> new PublishedItem(i.item(), i.checked()))
            .filter(i -> i.amount() != null)
            .toList();
    return new Published(
        r.applicationNo,
        m.name(),
        districts.district(r.districtId).map(District::name).orElse(r.districtId),
        m.operatorName(),
        r.subsidyYear,
        r.periodFrom,
        r.periodTo,
        items,
        items.stream().map(PublishedItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
        r.noticeFrom,
        r.noticeUntil);
  }

  /** An objection from the public page: anyone, a few an hour from one address. */
  @Transactional
  public void objectPublicly(String applicationNo, PublicObjection objection) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    CertificationNotices.check(objection, errors);
    errors.throwIfAny();
    SubsidyRow row = underNotice(applicationNo);
    String address =
        objections.senderWithinLimit(
            (hash, since) -> mapper.objectionsFrom(hash, since, clock.instant()));
    store(row, objection, "PUBLIC", null, address);
  }

  /** An objection staff record (a letter, a call) while the notice runs. */
  @Transactional
  public void objectAsStaff(LinggongUser user, String applicationNo, PublicObjection objection) {
    SubsidyPolicy.OBJECT.check(user);
    records.visible(user, applicationNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    CertificationNotices.check(objection, errors);
    errors.throwIfAny();
    store(underNotice(applicationNo), objection, "STAFF", user.userId(), null);
  }

  private SubsidyRow underNotice(String applicationNo) {
    SubsidyRow row = records.byNo(applicationNo);
    if (!SubsidyApplication.Stage.PUBLIC_NOTICE.name().equals(row.stage)
        || row.noticeUntil == null
        || !clock.instant().isBefore(row.noticeUntil)) {
      throw new ConflictException("subsidy.notice.notOpen", applicationNo);
    }
    return row;
  }

  private void store(
      SubsidyRow row, PublicObjection o, String source, String filedBy, String address) {
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
        "SUBSIDY_OBJECTION",
        SubsidyProcess.CASE_TYPE,
        row.applicationNo,
        row.districtId,
        source);
    objections.deliver(row.processInstanceId, SubsidyProcess.MESSAGE_OBJECTION);
  }
}
