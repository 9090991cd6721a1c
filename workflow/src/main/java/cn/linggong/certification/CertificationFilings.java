package cn.linggong.certification;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseOwners;
import cn.linggong.casefile.Uploads;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.cases.CaseNumbers;
import cn.linggong.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 认定申请: a district bureau files a market's application (brought by its operator, or on its behalf),
 * with the level asked for and the self-assessment against the criteria sheet in force; the
 * prerequisites are checked at once. Attachments (site photos, lease, rules, logs) are checked as
 * complaint evidence is and kept encrypted with the application.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationFilings {

  static final int CONTACT_MAX = 64;
  static final int STATEMENT_MAX = 1000;

  private final CertificationMapper mapper;
  private final CertificationRecords records;
  private final CriteriaSheets sheets;
  private final MarketDirectory markets;
  private final CaseNumbers numbers;
  private final CaseOwners owners;
  private final CaseDocuments documents;
  private final CertificationProperties properties;
  private final RuntimeService runtime;
  private final AuditService audit;
  private final Clock clock;

  /** What the district bureau files. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "CertificationFiling")
  public record Filing(
      Long marketId,
      Certification.Level level,
      Certification.SubmittedBy submittedBy,
      String operatorContact,
      String statement,
      List<SelfScore> selfAssessment) {}

  /** One criterion of the self-assessment. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "CertificationSelfScore")
  public record SelfScore(String criterion, BigDecimal points) {}

  /** Kinds of attachment. */
  public enum AttachmentKind {
    SITE_PHOTO,
    LEASE,
    RULES,
    WORK_LOGS,
    OTHER
  }

  @Transactional
  public Certification file(LinggongUser user, Filing f) {
    CertificationPolicy.FILE.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (f.marketId() == null) {
      throw InvalidInputException.of("marketId", "validation.required");
    }
    Market market = markets.find(user, f.marketId());
    prerequisites(market, f.level(), errors);
    if (f.submittedBy() == null) {
      errors.add("submittedBy", "validation.required");
    } else if (f.submittedBy() == Certification.SubmittedBy.OPERATOR) {
      errors.requireText("operatorContact", f.operatorContact());
    }
    errors.maxLength("operatorContact", f.operatorContact(), CONTACT_MAX);
    errors.maxLength("statement", f.statement(), STATEMENT_MAX);
    CriteriaSheet sheet = sheets.current();
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    if (f.selfAssessment() == null) {
      errors.add("selfAssessment", "validation.required");
    } else {
      for (SelfScore s : f.selfAssessment()) {
        if (s == null || s.criterion() == null || s.points() == null) {
          errors.add("selfAssessment", "validation.listItemEmpty");
          break;
        }
        if (points.put(s.criterion().strip(), s.points()) != null) {
          errors.add("selfAssessment", "certification.criteria.codeTwice", s.criterion().strip());
          break;
        }
      }
    }
    ScoreSheet self = new ScoreSheet(points, List.of(), false, null);
    if (!errors.has("selfAssessment")) {
      self.check(sheet, "selfAssessment", errors);
    }
    errors.throwIfAny();
    if (mapper.findOpenByMarket(market.id()) != null) {
      throw InvalidInputException.of(
          "marketId",
          "certification.market.openApplication",
          mapper.findOpenByMarket(market.id()).applicationNo);
    }
    CertificationRow row = new CertificationRow();
    row.applicationNo = numbers.next(properties.numberPrefix());
    row.marketId = market.id();
    row.districtId = market.districtId();
    row.level = f.level().name();
    row.sheetId = sheet.id();
    row.submittedBy = f.submittedBy().name();
    row.operatorContact = blankToNull(f.operatorContact());
    row.statement = blankToNull(f.statement());
    row.stage = Certification.Stage.RECOMMENDATION.name();
    row.filedAt = clock.instant();
    row.filedBy = user.userId();
    try {
      mapper.insert(row);
    } catch (org.springframework.dao.DuplicateKeyException filedMeanwhile) {
      throw InvalidInputException.of("marketId", "certification.market.filedMeanwhile");
    }
    CertificationRow stored = records.byId(row.id);
    records.storeSheet(stored, 1, "SELF", "", self);
    records.record(
        stored,
        "FILED",
        null,
        f.level().name(),
        null,
        Map.of("selfScore", self.total().toPlainString(), "sheetVersion", sheet.version()),
        user.userId());
    String owner = owners.opened(stored.ref(), user, Roles.CASEWORKER);
    String pid =
        runtime
            .createProcessInstanceByKey(CertificationProcess.KEY)
            .processDefinitionWithoutTenantId()
            .businessKey(row.applicationNo)
            .setVariables(
                Variables.createVariables()
                    .putValue(CaseOwners.VARIABLE, owner)
                    .putValue(CertificationProcess.VAR_APPLICATION_ID, row.id)
                    .putValue(cn.linggong.engine.EngineSettings.DISTRICT_VARIABLE, row.districtId))
            .execute()
            .getProcessInstanceId();
    mapper.setProcessInstance(row.id, pid);
    audit.record(
        user.userId(),
        "CERTIFICATION_FILED",
        "certification",
        row.applicationNo,
        row.districtId,
        String.valueOf(market.id()));
    return records.byId(row.id).view();
  }

  /**
   * The prerequisites of an application, checked at once: the market operates, has done so for the
   * minimum months, had no certification withdrawn lately, and does not hold the level asked for.
   */
  void prerequisites(
      Market market, Certification.Level level, InvalidInputException.Collector errors) {
    LocalDate today = LocalDate.now(clock);
    if (level == null) {
      errors.add("level", "validation.required");
    } else if (held(market, level, today)) {
      errors.add("level", "certification.level.held", market.certifiedUntil());
    }
    if (market.status() != Market.Status.OPERATING) {
      errors.add("marketId", "certification.market.notOperating");
    } else if (market.openedOn().plusMonths(properties.minOperatingMonths()).isAfter(today)) {
      errors.add(
          "marketId",
          "certification.market.tooNew",
          properties.minOperatingMonths(),
          market.openedOn().plusMonths(properties.minOperatingMonths()));
    }
    ZoneId zone = clock.getZone();
    if (mapper.withdrawnSince(
            market.id(),
            today
                .minusYears(properties.reapplyAfterWithdrawalYears())
                .atStartOfDay(zone)
                .toInstant())
        > 0) {
      errors.add(
          "marketId",
          "certification.market.withdrawnRecently",
          properties.reapplyAfterWithdrawalYears());
    }
  }

  private static boolean held(Market market, Certification.Level level, LocalDate today) {
    boolean valid = market.certifiedUntil() != null && !market.certifiedUntil().isBefore(today);
    Market.Certification asked =
        level == Certification.Level.CITY
            ? Market.Certification.CITY
            : Market.Certification.DISTRICT;
    return valid && market.certification().ordinal() >= asked.ordinal();
  }

  /** Adds an attachment to an open application (type and size checked, kept encrypted). */
  @Transactional
  public CaseDocument attach(
      LinggongUser user,
      String applicationNo,
      AttachmentKind kind,
      String fileName,
      String contentType,
      byte[] content) {
    CertificationPolicy.FILE.check(user);
    CertificationRow row = records.visible(user, applicationNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (kind == null) {
      errors.add("kind", "validation.required");
    }
    String name =
        Uploads.check(
            errors,
            "file",
            new Uploads.Upload(fileName, contentType, content),
            properties.attachmentTypes(),
            properties.attachmentMaxSize());
    errors.throwIfAny();
    if (!Certification.State.OPEN.name().equals(row.state)) {
      throw new ConflictException("certification.closed", row.applicationNo);
    }
    CaseDocument stored =
        documents.store(
            row.ref(),
            "ATTACHMENT_" + kind.name(),
            name,
            new Uploads.Upload(name, contentType, content).type(),
            content,
            user.userId());
    records.record(
        row, "ATTACHED", null, kind.name(), stored.id(), Map.of("fileName", name), user.userId());
    audit.record(
        user.userId(),
        "CERTIFICATION_ATTACHED",
        "certification",
        row.applicationNo,
        row.districtId,
        kind.name());
    return stored;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
