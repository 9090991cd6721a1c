package cn.linggong.monitoring;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseEvent;
import cn.linggong.casefile.CaseRef;
import cn.linggong.casefile.CaseTimeline;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.CompletionHandler;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.sla.TimeLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district's monthly report through its versions: the draft drawn up (and drawn up again while it
 * is checked), signed off by the district's supervisor (final: its PDF and XLSX kept with it), a
 * correction signed as a new version with its reason (the old version kept, superseded); the city's
 * view of every district's month and its roll-up of the signed reports.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MonitoringReports implements CompletionHandler {

  public static final String CASE_TYPE = "monitoring";
  public static final String PROCESS = "market_monitoring";
  public static final String TASK_FIGURES = "user_task_market_figures";
  public static final String TASK_SIGN = "user_task_sign_report";
  static final String SIGN_OFF_LIMIT = "monitoring.sign-off";
  static final String SIGNED = "REPORT_SIGNED";
  static final String CORRECTED = "REPORT_CORRECTED";
  private static final int REASON_MIN = 5;
  private static final int REASON_MAX = 500;

  private final MonitoringMapper mapper;
  private final MonitoringFigures figures;
  private final ReportFiles files;
  private final MonitoringProperties properties;
  private final CaseDocuments documents;
  private final CaseTimeline timeline;
  private final AuditService audit;
  private final Districts districts;
  private final TimeLimits timeLimits;
  private final Clock clock;

  /** Where a district's month stands. */
  public record DistrictMonth(
      String districtId, String month, MonitoringReport latest, Instant dueAt, boolean overdue) {}

  public String reportNo(String districtId, YearMonth month) {
    return properties.reportPrefix() + "-" + month + "-" + districtId;
  }

  /** 2026-11 read field by field: a month that cannot be read says so. */
  public static YearMonth month(String text, String field) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of(field, "validation.required");
    }
    try {
      return YearMonth.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "monitoring.month.invalid", String.valueOf(text));
    }
  }

  /** When the month's sign-off is due: the limit counted from the month before's last day. */
  public Instant dueAt(YearMonth month) {
    return timeLimits.due(
        SIGN_OFF_LIMIT, month.atDay(1).minusDays(1).atStartOfDay(timeLimits.zone()).toInstant());
  }

  /**
   * Draws up the month's draft, or draws it up again while it is a draft; a signed month is left as
   * it is (only a correction changes it). Called by the process and by the screens.
   */
  @Transactional
  public MonitoringReport draw(
      String districtId, YearMonth month, String by, String processInstanceId) {
    List<MonitoringReport> versions = mapper.versions(districtId, month.toString());
    String drawn = figures.write(figures.compute(districtId, month));
    if (versions.isEmpty()) {
      MonitoringMapper.ReportRow row = row(districtId, month, 1, drawn, by, null);
      row.processInstanceId = processInstanceId;
      mapper.insertReport(row);
      timeline.record(
          ref(districtId, month), CaseEvent.Entry.of("REPORT_DRAFTED", null, Map.of()), by);
      return mapper.find(row.id);
    }
    MonitoringReport latest = versions.get(0);
    if (latest.status() == MonitoringReport.Status.DRAFT) {
      mapper.updateDraft(latest.id(), drawn, clock.instant());
      if (processInstanceId != null && latest.processInstanceId() == null) {
        mapper.setProcess(latest.id(), processInstanceId);
      }
      return mapper.find(latest.id());
    }
    return latest;
  }

  /** A person asks for the draft to be drawn up again (after entering a market's figures). */
  @Transactional
  public MonitoringReport redraw(LinggongUser user, String districtId, YearMonth month) {
    MonitoringPolicy.ENTER.check(user);
    String district = own(user, districtId);
    return draw(district, month, user.userId(), null);
  }

  /**
   * Signs the draft off: its figures drawn up a last time, the PDF and the XLSX made and kept, the
   * version final; a signed version it corrects is superseded.
   */
  @Transactional
  public MonitoringReport sign(LinggongUser user, long reportId) {
    MonitoringPolicy.SIGN.check(user);
    MonitoringReport draft = visible(user, mapper.find(reportId), reportId);
    if (draft.status() != MonitoringReport.Status.DRAFT) {
      throw new ConflictException("monitoring.report.notDraft", draft.reportNo(), draft.version());
    }
    YearMonth month = YearMonth.parse(draft.month());
    Figures finalFigures = figures.compute(draft.districtId(), month);
    Instant now = clock.instant();
    String name = draft.reportNo() + "-v" + draft.version();
    CaseRef ref = ref(draft.districtId(), month);
    CaseDocument pdf =
        documents.store(
            ref,
            "REPORT_PDF",
            name + ".pdf",
            files.pdf(finalFigures, draft.version()),
            user.userId());
    CaseDocument xlsx =
        documents.store(
            ref,
            "REPORT_XLSX",
            name + ".xlsx",
            ReportFiles.XLSX,
            files.xlsx(finalFigures, cn.linggong.shared.i18n.Languages.CHINESE),
            user.userId());
    mapper.sign(draft.id(), figures.write(finalFigures), user.userId(), now, pdf.id(), xlsx.id());
    for (MonitoringReport older : mapper.versions(draft.districtId(), draft.month())) {
      if (older.version() < draft.version()) {
        mapper.supersede(older.id());
      }
    }
    timeline.record(
        ref,
        CaseEvent.Entry.of(
            draft.version() == 1 ? SIGNED : CORRECTED,
            null,
            Map.of(
                "version",
                draft.version(),
                "reason",
                draft.correctionReason() == null ? "" : draft.correctionReason())),
        user.userId());
    audit.record(
        user.userId(),
        draft.version() == 1 ? SIGNED : CORRECTED,
        CASE_TYPE,
        draft.reportNo(),
        draft.districtId(),
        "v" + draft.version());
    return mapper.find(draft.id());
  }

  /**
   * Corrects a signed month: a new version drawn up from the figures as they now stand, with the
   * reason, signed at once; the version it corrects stays readable, superseded.
   */
  @Transactional
  public MonitoringReport correct(
      LinggongUser user, String districtId, YearMonth month, String reason) {
    MonitoringPolicy.SIGN.check(user);
    String district = own(user, districtId);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String why = reason == null ? "" : reason.strip();
    if (why.length() < REASON_MIN) {
      errors.add("reason", "monitoring.correction.reason", REASON_MIN);
    } else {
      errors.maxLength("reason", why, REASON_MAX);
    }
    errors.throwIfAny();
    List<MonitoringReport> versions = mapper.versions(district, month.toString());
    if (versions.isEmpty() || versions.get(0).status() != MonitoringReport.Status.SIGNED) {
      throw new ConflictException("monitoring.correction.notSigned", month.toString());
    }
    MonitoringMapper.ReportRow row =
        row(
            district,
            month,
            versions.get(0).version() + 1,
            figures.write(figures.compute(district, month)),
            user.userId(),
            why);
    mapper.insertReport(row);
    return sign(user, row.id);
  }

  /** Every version of a district's month, the latest first. */
  @Transactional(readOnly = true)
  public List<MonitoringReport> versions(LinggongUser user, String districtId, YearMonth month) {
    MonitoringPolicy.VIEW.check(user);
    return mapper.versions(own(user, districtId), month.toString());
  }

  @Transactional(readOnly = true)
  public MonitoringReport find(LinggongUser user, long reportId) {
    MonitoringPolicy.VIEW.check(user);
    return visible(user, mapper.find(reportId), reportId);
  }

  public Figures figuresOf(MonitoringReport report) {
    return figures.read(report.figures());
  }

  /** Where each district the person sees stands for the month (the city: every district). */
  @Transactional(readOnly = true)
  public List<DistrictMonth> month(LinggongUser user, YearMonth month) {
    MonitoringPolicy.VIEW.check(user);
    Map<String, MonitoringReport> latest = new java.util.HashMap<>();
    for (MonitoringReport r :
        mapper.latestOfMonth(user.cityLevel() ? null : user.districtId(), month.toString())) {
      latest.put(r.districtId(), r);
    }
    Instant due = dueAt(month);
    Instant now = clock.instant();
    List<DistrictMonth> rows = new ArrayList<>();
    for (District d : districts.districts()) {
      if (!user.cityLevel() && !d.id().equals(user.districtId())) {
        continue;
      }
      MonitoringReport r = latest.get(d.id());
      boolean signed = r != null && r.status() == MonitoringReport.Status.SIGNED;
      rows.add(new DistrictMonth(d.id(), month.toString(), r, due, !signed && now.isAfter(due)));
    }
    return rows;
  }

  /** The city's roll-up of the month's signed reports (and how many districts it holds). */
  @Transactional(readOnly = true)
  public Figures rollUp(LinggongUser user, YearMonth month) {
    return figures.rollUp(month.toString(), signedFigures(user, month));
  }

  /** The district's figures as they stand now (before the draft day, or to compare a draft). */
  @Transactional(readOnly = true)
  public Figures current(LinggongUser user, String districtId, YearMonth month) {
    MonitoringPolicy.VIEW.check(user);
    return figures.compute(own(user, districtId), month);
  }

  /** The city's month as a PDF: the roll-up of the signed reports, then a page per district. */
  @Transactional(readOnly = true)
  public byte[] cityPdf(LinggongUser user, YearMonth month) {
    List<Figures> signed = signedFigures(user, month);
    return files.cityPdf(
        figures.rollUp(month.toString(), signed), signed, districts.districts().size());
  }

  /** The roll-up of the signed reports as a workbook. */
  @Transactional(readOnly = true)
  public byte[] rollUpXlsx(LinggongUser user, YearMonth month, java.util.Locale locale) {
    return files.xlsx(figures.rollUp(month.toString(), signedFigures(user, month)), locale);
  }

  private List<Figures> signedFigures(LinggongUser user, YearMonth month) {
    MonitoringPolicy.VIEW.check(user);
    return mapper
        .signedOfMonth(user.cityLevel() ? null : user.districtId(), month.toString())
        .stream()
        .map(r -> figures.read(r.figures()))
        .toList();
  }

  /** The signed report in force of each district for the month (province's collection). */
  @Transactional(readOnly = true)
  public List<MonitoringReport> signed(LinggongUser user, YearMonth month) {
    MonitoringPolicy.COLLECT.check(user);
    return mapper.signedOfMonth(user.cityLevel() ? null : user.districtId(), month.toString());
  }

  /** A version's PDF or XLSX. */
  @Transactional(readOnly = true)
  public Optional<CaseDocuments.File> file(LinggongUser user, long reportId, boolean pdf) {
    MonitoringReport report = find(user, reportId);
    Long id = pdf ? report.pdfDocumentId() : report.xlsxDocumentId();
    return id == null
        ? Optional.empty()
        : documents.file(ref(report.districtId(), YearMonth.parse(report.month())), id);
  }

  public CaseRef ref(String districtId, YearMonth month) {
    return new CaseRef(CASE_TYPE, reportNo(districtId, month));
  }

  /** A district user's own district; the city the one named. */
  static String own(LinggongUser user, String districtId) {
    if (!user.cityLevel()) {
      return user.districtId();
    }
    if (districtId == null || districtId.isBlank()) {
      throw InvalidInputException.of("districtId", "validation.required");
    }
    return districtId.trim();
  }

  private static MonitoringReport visible(LinggongUser user, MonitoringReport r, long id) {
    if (r == null || (!user.cityLevel() && !user.districtId().equals(r.districtId()))) {
      throw new NotFoundException("monitoring.report.notFound", id);
    }
    return r;
  }

  private MonitoringMapper.ReportRow row(
      String districtId, YearMonth month, int version, String drawn, String by, String reason) {
    MonitoringMapper.ReportRow row = new MonitoringMapper.ReportRow();
    row.reportNo = reportNo(districtId, month);
    row.districtId = districtId;
    row.month = month.toString();
    row.version = version;
    row.status = MonitoringReport.Status.DRAFT.name();
    row.figures = drawn;
    row.draftedAt = clock.instant();
    row.draftedBy = by;
    row.correctionReason = reason;
    return row;
  }

  // ---- the process's two steps --------------------------------------------------------------

  @Override
  public boolean handles(String formId, String taskDefinitionKey) {
    return TASK_FIGURES.equals(taskDefinitionKey) || TASK_SIGN.equals(taskDefinitionKey);
  }

  /**
   * The caseworkers' step draws the draft up again with what they entered; the supervisor's step
   * signs it off (the supervisor's district's draft of the case's month).
   */
  @Override
  public void complete(Completion c) {
    String no = c.businessKey();
    String prefix = properties.reportPrefix() + "-";
    YearMonth month = YearMonth.parse(no.substring(prefix.length(), prefix.length() + 7));
    String districtId = no.substring(prefix.length() + 8);
    if (TASK_FIGURES.equals(c.taskDefinitionKey())) {
      MonitoringPolicy.ENTER.check(c.user());
      draw(districtId, month, c.user().userId(), c.processInstanceId());
      return;
    }
    List<MonitoringReport> versions = mapper.versions(districtId, month.toString());
    if (versions.isEmpty() || versions.get(0).status() != MonitoringReport.Status.DRAFT) {
      throw new ConflictException("monitoring.report.noDraft", no);
    }
    sign(c.user(), versions.get(0).id());
  }
}
