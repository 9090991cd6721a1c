package cn.linggong.complaint;

import cn.linggong.audit.AuditService;
import cn.linggong.calendar.WorkingDayCalendar;
import cn.linggong.document.CaseDocuments;
import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.engine.EngineSettings;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.cases.CaseNumbers;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MobileNumbers;
import cn.linggong.shared.validation.MoneyAmounts;
import cn.linggong.shared.validation.ResidentIdNumbers;
import cn.linggong.sla.DateRule;
import cn.linggong.sla.DueDateMoved;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.TimeLimit;
import cn.linggong.sla.TimeLimits;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 欠薪投诉: files a complaint (complainants by real name with what each is owed, the employer from the
 * registry or newly registered, evidence) and starts its process in one transaction; shows a
 * complaint with its clocks and amounts; takes what happens outside the steps: evidence, the
 * complainant's missing material, contacts and mediation sessions, a request to extend an
 * inspection, withdrawal.
 */
@Service
public class ComplaintService {

  static final String SYSTEM = "system";

  /** Who did what the engine did by itself. */
  public static final String SYSTEM_USER = SYSTEM;

  static final String ACCEPTANCE = "complaint.acceptance";
  static final String MEDIATION = "complaint.mediation";
  static final String INVESTIGATION = "complaint.investigation";
  static final String EXTENSION = "complaint.investigation-extension";
  private static final int TEXT_MAX = 1000;
  private static final int PROJECT_MAX = 200;
  private static final int NOTE_MAX = 300;
  private static final int PAGE_MAX = 200;
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final ComplaintMapper mapper;
  private final WorkerRegistry workers;
  private final EmployerRegistry employers;
  private final CaseNumbers numbers;
  private final CaseDocuments documents;
  private final ResidentIdNumbers idNumbers;
  private final MobileNumbers mobiles;
  private final MoneyAmounts money;
  private final TimeLimits timeLimits;
  private final WorkingDayCalendar calendar;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final cn.linggong.inbox.TaskDetails openSteps;
  private final AuditService audit;
  private final ComplaintProperties properties;
  private final Clock clock;
  private final ComplaintClockDates clockDates;
  private final ProvisionalDates provisionalDates;

  private final cn.linggong.privacy.PersonalData personalData;

  ComplaintService(
      ComplaintMapper mapper,
      WorkerRegistry workers,
      EmployerRegistry employers,
      CaseNumbers numbers,
      CaseDocuments documents,
      ResidentIdNumbers idNumbers,
      MobileNumbers mobiles,
      MoneyAmounts money,
      TimeLimits timeLimits,
      WorkingDayCalendar calendar,
      RuntimeService runtime,
      TaskService tasks,
      cn.linggong.inbox.TaskDetails openSteps,
      AuditService audit,
      ComplaintProperties properties,
      Clock clock,
      ComplaintClockDates clockDates,
      ProvisionalDates provisionalDates,
      cn.linggong.privacy.PersonalData personalData) {
    this.personalData = personalData;
    this.mapper = mapper;
    this.workers = workers;
    this.employers = employers;
    this.numbers = numbers;
    this.documents = documents;
    this.idNumbers = idNumbers;
    this.mobiles = mobiles;
    this.money = money;
    this.timeLimits = timeLimits;
    this.calendar = calendar;
    this.runtime = runtime;
    this.tasks = tasks;
    this.openSteps = openSteps;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
    this.clockDates = clockDates;
    this.provisionalDates = provisionalDates;
  }

  /** One complainant as the mediator takes it down. */
  public record ComplainantInput(
      String name, String idNumber, String mobile, BigDecimal amountOwed) {}

  /**
   * What the mediator takes down. The employer is one already registered ({@code employerId}) or
   * described in {@code employer} (found by its credit code or ID number, else registered).
   */
  public record Filing(
      Complaint.Channel channel,
      List<ComplainantInput> complainants,
      Long employerId,
      EmployerRegistry.Registration employer,
      String project,
      Boolean construction,
      LocalDate workStart,
      LocalDate workEnd,
      Complaint.PayAgreement payAgreement,
      String payAgreementNote,
      String request) {}

  @Transactional
  public Complaint file(LinggongUser user, Filing f) {
    ComplaintPolicy.FILE.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (f.channel() == null) {
      errors.add("channel", "validation.required");
    }
    List<ComplainantInput> people = f.complainants() == null ? List.of() : f.complainants();
    if (people.isEmpty()) {
      errors.add("complainants", "complaint.complainants.none");
    } else if (people.size() > properties.maxWorkers()) {
      errors.add("complainants", "complaint.complainants.tooMany", properties.maxWorkers());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      ComplainantInput p = people.get(i);
      String at = "complainants[" + i + "].";
      if (p == null) {
        errors.add(at + "name", "validation.required");
        continue;
      }
      errors.requireText(at + "name", p.name());
      if (p.name() != null && p.name().trim().length() > 64) {
        errors.add(at + "name", "validation.tooLong", 64);
      }
      if (p.idNumber() == null || p.idNumber().isBlank()) {
        errors.add(at + "idNumber", "validation.required");
      } else {
        ResidentIdNumbers.Result id = idNumbers.validate(p.idNumber());
        errors.add(at + "idNumber", id.violation());
        if (id.valid() && !seen.add(id.id().number())) {
          errors.add(at + "idNumber", "complaint.complainants.twice");
        } else if (id.valid() && workers.registeredOutside(user, id.id().number())) {
          // a person of a district the mediator may not see: not linked, nothing of them shown
          errors.add(at + "idNumber", "assistance.worker.registeredElsewhere");
        }
      }
      errors.requireText(at + "mobile", p.mobile());
      if (p.mobile() != null && !p.mobile().isBlank()) {
        errors.add(at + "mobile", mobiles.check(p.mobile()));
      }
      owed(errors, at + "amountOwed", p.amountOwed());
    }
    Employer employer = null;
    if (f.employerId() != null) {
      // only an employer the person may see: one of their district (city level: any)
      employer =
          employers
              .byId(f.employerId())
              .filter(e -> user.cityLevel() || user.districtId().equals(e.districtId()))
              .orElse(null);
      if (employer == null) {
        errors.add("employerId", "employer.notFound", f.employerId());
      }
    } else if (f.employer() == null) {
      errors.add("employer", "complaint.employer.required");
    } else {
      employer = employers.existing(f.employer()).orElse(null);
      if (employer != null
          && !user.cityLevel()
          && !user.districtId().equals(employer.districtId())) {
        errors.add(
            f.employer().kind() == Employer.Kind.INDIVIDUAL
                ? "employer.idNumber"
                : "employer.creditCode",
            "employer.registeredElsewhere");
        employer = null;
      } else if (employer == null) {
        InvalidInputException.Collector employerErrors = new InvalidInputException.Collector();
        employers.check(user, f.employer(), employerErrors);
        errors.addAll("employer.", employerErrors);
      }
    }
    text(errors, "project", f.project(), PROJECT_MAX);
    LocalDate today = LocalDate.now(clock);
    if (f.workStart() == null) {
      errors.add("workStart", "validation.required");
    }
    if (f.workEnd() == null) {
      errors.add("workEnd", "validation.required");
    } else if (f.workEnd().isAfter(today)) {
      errors.add("workEnd", "complaint.period.future");
    }
    if (f.workStart() != null && f.workEnd() != null && f.workEnd().isBefore(f.workStart())) {
      errors.add("workEnd", "complaint.period.order");
    }
    if (f.payAgreement() == null) {
      errors.add("payAgreement", "validation.required");
    }
    if (f.payAgreementNote() != null && f.payAgreementNote().trim().length() > NOTE_MAX) {
      errors.add("payAgreementNote", "validation.tooLong", NOTE_MAX);
    }
    text(errors, "request", f.request(), TEXT_MAX);
    errors.throwIfAny();

    if (employer == null) {
      employer = employers.findOrRegister(user, f.employer());
    }
    ComplaintRow row = new ComplaintRow();
    row.complaintNo = numbers.next(properties.numberPrefix());
    row.districtId = user.cityLevel() ? employer.districtId() : user.districtId();
    row.channel = f.channel().name();
    row.employerId = employer.id();
    row.project = f.project().trim();
    row.construction = Boolean.TRUE.equals(f.construction());
    row.workStart = f.workStart();
    row.workEnd = f.workEnd();
    row.payAgreement = f.payAgreement().name();
    row.payAgreementNote = blankToNull(f.payAgreementNote());
    row.request = f.request().trim();
    row.workerCount = people.size();
    row.amountOwed =
        people.stream().map(ComplainantInput::amountOwed).reduce(BigDecimal.ZERO, BigDecimal::add);
    row.receivedAt = clock.instant();
    row.filedBy = user.userId();
    mapper.insert(row);
    for (int i = 0; i < people.size(); i++) {
      ComplainantInput p = people.get(i);
      Worker worker =
          workers.findOrRegister(
              user,
              new WorkerRegistry.Registration(p.name(), p.idNumber(), p.mobile(), row.districtId));
      mapper.insertWorker(row.id, worker.id(), i + 1, p.amountOwed().setScale(2));
    }
    mapper.setAcceptanceDue(
        row.id,
        clockDates.compute(
            row.id,
            ComplaintClockDates.Clock.ACCEPTANCE,
            DateRule.limit(ACCEPTANCE),
            row.receivedAt));
    event(row.id, "FILED", f.channel().name(), Map.of(), null, null, user.userId());
    String pid =
        runtime
            .createProcessInstanceByKey(ComplaintProcess.KEY)
            .processDefinitionWithoutTenantId()
            .businessKey(row.complaintNo)
            .setVariables(
                Variables.createVariables()
                    .putValue(ComplaintProcess.VAR_COMPLAINT_ID, row.id)
                    .putValue(EngineSettings.DISTRICT_VARIABLE, row.districtId)
                    .putValue(ComplaintProcess.VAR_WORKER_COUNT, (long) row.workerCount)
                    .putValue(ComplaintProcess.VAR_AMOUNT_OWED, row.amountOwed.doubleValue())
                    .putValue(ComplaintProcess.VAR_CONSTRUCTION, row.construction))
            .execute()
            .getProcessInstanceId();
    mapper.setProcessInstance(row.id, pid);
    audit.record(
        user.userId(), "COMPLAINT_FILED", "complaint", row.complaintNo, row.districtId, null);
    return mapper.findById(row.id).view();
  }

  static final int FILE_NAME_MAX = 200;

  /**
   * The name a file is kept under: its base name only ({@code ../../etc/passwd.png} is {@code
   * passwd.png}), without control characters; {@code null} when nothing is left.
   */
  static String safeFileName(String given) {
    if (given == null) {
      return null;
    }
    String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    StringBuilder safe = new StringBuilder();
    name.codePoints()
        .filter(c -> c >= 0x20 && !(c >= 0x7f && c <= 0x9f))
        .forEach(safe::appendCodePoint);
    String trimmed = safe.toString().trim();
    while (trimmed.startsWith(".")) {
      trimmed = trimmed.substring(1).trim();
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** An evidence file: type and size checked, kept with the complaint. */
  @Transactional
  public Evidence addEvidence(
      LinggongUser user,
      String complaintNo,
      Evidence.Kind kind,
      String description,
      String fileName,
      String contentType,
      byte[] content) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = visible(user, complaintNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (kind == null) {
      errors.add("kind", "validation.required");
    }
    if (content == null || content.length == 0) {
      errors.add("file", "complaint.evidence.empty");
    } else if (content.length > properties.evidenceMaxSize().toBytes()) {
      errors.add("file", "complaint.evidence.tooLarge", properties.evidenceMaxSize().toMegabytes());
    }
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT).trim();
    if (content != null && content.length > 0) {
      if (!properties.evidenceTypes().contains(type) || !looksLike(type, content)) {
        errors.add(
            "file", "complaint.evidence.type", String.join(", ", properties.evidenceTypes()));
      }
    }
    String baseName = safeFileName(fileName);
    if (baseName == null) {
      errors.add("file", "validation.required");
    } else if (baseName.length() > FILE_NAME_MAX) {
      errors.add("file", "validation.tooLong", FILE_NAME_MAX);
    }
    if (description != null && description.trim().length() > 200) {
      errors.add("description", "validation.tooLong", 200);
    } else if (cn.linggong.shared.api.StrictJson.hasControlCharacters(description, true)) {
      errors.add("description", "validation.controlCharacters");
    }
    errors.throwIfAny();
    if (!Complaint.State.OPEN.name().equals(row.state)) {
      throw new ConflictException("complaint.closed", row.complaintNo);
    }
    EvidenceRow e = new EvidenceRow();
    e.complaintId = row.id;
    e.kind = kind.name();
    e.description = blankToNull(description);
    e.fileName = baseName;
    e.contentType = type;
    e.sizeBytes = content.length;
    e.content = personalData.encryptFile(content); // evidence is personal data: encrypted at rest
    e.uploadedAt = clock.instant();
    e.uploadedBy = user.userId();
    mapper.insertEvidence(e);
    event(
        row.id,
        "EVIDENCE_ADDED",
        kind.name(),
        Map.of("file", e.fileName),
        null,
        null,
        user.userId());
    return e.view();
  }

  /** The file really is what its type says (magic bytes), not a renamed executable. */
  private static boolean looksLike(String type, byte[] c) {
    return switch (type) {
      case "image/jpeg" -> c.length > 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8;
      case "image/png" -> c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N';
      case "application/pdf" -> c.length > 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D';
      default -> true;
    };
  }

  /** The complainant brought what the 一次性告知 listed: the acceptance clock starts again. */
  @Transactional
  public void supply(LinggongUser user, String complaintNo, String note) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = visible(user, complaintNo);
    if (!Complaint.Stage.SUPPLEMENT.name().equals(row.stage)) {
      throw new ConflictException("complaint.supplement.notAwaited", row.complaintNo);
    }
    if (note != null && note.trim().length() > TEXT_MAX) {
      throw InvalidInputException.of("note", "validation.tooLong", TEXT_MAX);
    }
    Instant now = clock.instant();
    Map<String, Object> details = new LinkedHashMap<>();
    if (note != null && !note.isBlank()) {
      details.put("note", note.trim());
    }
    event(row.id, "SUPPLIED", null, details, null, null, user.userId());
    mapper.setStage(row.id, Complaint.Stage.ACCEPTANCE.name());
    mapper.setAcceptanceDue(
        row.id,
        clockDates.compute(
            row.id, ComplaintClockDates.Clock.ACCEPTANCE, DateRule.limit(ACCEPTANCE), now));
    runtime
        .createMessageCorrelation(ComplaintProcess.MESSAGE_SUPPLIED)
        .processInstanceId(row.processInstanceId)
        .correlate();
  }

  /** A contact with a party or a mediation session, logged on the timeline. */
  public enum ContactKind {
    CALL,
    VISIT,
    SESSION,
    MESSAGE
  }

  @Transactional
  public ComplaintEvent logContact(
      LinggongUser user, String complaintNo, ContactKind kind, LocalDate date, String summary) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = visible(user, complaintNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (kind == null) {
      errors.add("kind", "validation.required");
    }
    if (date == null) {
      errors.add("date", "validation.required");
    } else if (date.isAfter(LocalDate.now(clock))) {
      errors.add("date", "assistance.dates.future");
    }
    text(errors, "summary", summary, TEXT_MAX);
    errors.throwIfAny();
    return event(
        row.id,
        "CONTACT",
        kind.name(),
        Map.of("date", date.toString(), "summary", summary.trim()),
        null,
        null,
        user.userId());
  }

  /**
   * The inspection needs more time: asks the supervisor to approve 30 more working days (劳动保障监察条例
   * art. 17).
   */
  @Transactional
  public void requestExtension(LinggongUser user, String complaintNo, String reason) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = visible(user, complaintNo);
    if (!Complaint.Stage.INSPECTION.name().equals(row.stage)) {
      throw new ConflictException("complaint.extension.notInspecting", row.complaintNo);
    }
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    text(errors, "reason", reason, TEXT_MAX);
    errors.throwIfAny();
    if (events(row.id).stream().anyMatch(e -> e.kind().equals("EXTENSION_REQUESTED"))) {
      throw new ConflictException("complaint.extension.once");
    }
    event(
        row.id,
        "EXTENSION_REQUESTED",
        null,
        Map.of("reason", reason.trim()),
        null,
        null,
        user.userId());
    runtime
        .createMessageCorrelation(ComplaintProcess.MESSAGE_EXTENSION)
        .processInstanceId(row.processInstanceId)
        .correlate();
  }

  /** Why a complaint is withdrawn. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "ComplaintWithdrawalReason")
  public enum WithdrawalReason {
    PAID_DIRECTLY,
    SETTLED,
    COMPLAINANT_WITHDREW,
    OTHER
  }

  @Transactional
  public Complaint withdraw(
      LinggongUser user, String complaintNo, WithdrawalReason reason, String note) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = visible(user, complaintNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (reason == null) {
      errors.add("reason", "validation.required");
    }
    if (reason == WithdrawalReason.OTHER && (note == null || note.isBlank())) {
      errors.add("note", "assistance.withdrawal.noteRequired");
    }
    if (note != null && note.trim().length() > TEXT_MAX) {
      errors.add("note", "validation.tooLong", TEXT_MAX);
    }
    errors.throwIfAny();
    if (!Complaint.State.OPEN.name().equals(row.state)) {
      throw new ConflictException("complaint.closed", row.complaintNo);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (note != null && !note.isBlank()) {
      details.put("note", note.trim());
    }
    event(row.id, "WITHDRAWN", reason.name(), details, null, null, user.userId());
    runtime
        .createMessageCorrelation(ComplaintProcess.MESSAGE_WITHDRAW)
        .processInstanceId(row.processInstanceId)
        .correlate();
    audit.record(
        user.userId(),
        "COMPLAINT_WITHDRAWN",
        "complaint",
        row.complaintNo,
        row.districtId,
        reason.name());
    return mapper.findById(row.id).view();
  }

  @Transactional(readOnly = true)
  public Complaint find(LinggongUser user, String complaintNo) {
    ComplaintPolicy.VIEW.check(user);
    return visible(user, complaintNo).view();
  }

  @Transactional(readOnly = true)
  public ComplaintView view(LinggongUser user, String complaintNo) {
    ComplaintPolicy.VIEW.check(user);
    ComplaintRow row = visible(user, complaintNo);
    return new ComplaintView(
        row.view(),
        complainants(row.id),
        clocks(row),
        mapper.instalments(row.id),
        events(row.id),
        mapper.evidence(row.id).stream().map(EvidenceRow::view).toList(),
        documents.of(row.complaintNo),
        openSteps.openSteps(row.processInstanceId));
  }

  /** The three statutory clocks as they stand now, each counted in its limit's unit. */
  List<ComplaintView.Clock> clocks(ComplaintRow row) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    List<ComplaintView.Clock> clocks = new ArrayList<>();
    java.util.Set<String> provisional = clockDates.provisionalClocks(row.id);
    List<ComplaintEvent> events = events(row.id);
    TimeLimit acceptance = timeLimits.get(ACCEPTANCE);
    String acceptanceState =
        row.acceptedAt != null || Complaint.State.CLOSED.name().equals(row.state)
            ? "STOPPED"
            : Complaint.Stage.SUPPLEMENT.name().equals(row.stage) ? "PAUSED" : "RUNNING";
    // material supplied after a 一次性告知 starts the acceptance clock again
    Instant acceptanceStart =
        events.stream()
            .filter(e -> e.kind().equals("SUPPLIED"))
            .map(ComplaintEvent::doneAt)
            .reduce((a, b) -> b)
            .orElse(row.receivedAt);
    boolean accepting = "RUNNING".equals(acceptanceState);
    clocks.add(
        new ComplaintView.Clock(
            "ACCEPTANCE",
            acceptanceState,
            acceptanceStart,
            row.acceptanceDue,
            accepting ? dayOf(acceptance.unit(), acceptanceStart, today) : null,
            acceptance.amount(),
            acceptance.unit().name(),
            accepting && row.acceptanceDue != null && now.isAfter(row.acceptanceDue),
            accepting && provisional.contains("ACCEPTANCE")));
    TimeLimit mediation = timeLimits.get(MEDIATION);
    boolean mediating = Complaint.Stage.MEDIATION.name().equals(row.stage);
    clocks.add(
        new ComplaintView.Clock(
            "MEDIATION",
            row.acceptedAt == null ? "NOT_STARTED" : mediating ? "RUNNING" : "STOPPED",
            row.acceptedAt,
            row.mediationDue,
            mediating ? dayOf(mediation.unit(), row.acceptedAt, today) : null,
            mediation.amount(),
            mediation.unit().name(),
            mediating && now.isAfter(row.mediationDue),
            mediating && provisional.contains("MEDIATION")));
    boolean inspecting = Complaint.Stage.INSPECTION.name().equals(row.stage);
    boolean extended =
        row.inspectionStarted != null
            && events.stream().anyMatch(e -> e.kind().equals("EXTENSION_APPROVED"));
    TimeLimit investigation = timeLimits.get(INVESTIGATION);
    TimeLimit extension = timeLimits.get(EXTENSION);
    // the extension is added in its own unit; the clock counts in the investigation's
    int inspectionDays =
        investigation.amount()
            + (extended && extension.unit() == investigation.unit() ? extension.amount() : 0);
    clocks.add(
        new ComplaintView.Clock(
            "INSPECTION",
            row.inspectionStarted == null ? "NOT_STARTED" : inspecting ? "RUNNING" : "STOPPED",
            row.inspectionStarted,
            row.inspectionDue,
            inspecting ? dayOf(investigation.unit(), row.inspectionStarted, today) : null,
            inspectionDays,
            investigation.unit().name(),
            inspecting && now.isAfter(row.inspectionDue),
            inspecting && provisional.contains("INSPECTION")));
    return clocks;
  }

  /**
   * Which day of a clock today is, in the clock's unit: 1 on the day it started (for working days,
   * on the first working day after a start on a day off).
   */
  private Integer dayOf(cn.linggong.sla.TimeUnit unit, Instant start, LocalDate today) {
    if (start == null) {
      return null;
    }
    LocalDate from = start.atZone(clock.getZone()).toLocalDate();
    if (today.isBefore(from)) {
      return 1; // a clock started later than "today" (a moved clock in tests, a skewed node)
    }
    int day =
        switch (unit) {
          case WORKING_DAYS ->
              calendar.workingDaysBetween(from, today) + (calendar.isWorkingDay(from) ? 1 : 0);
          case CALENDAR_DAYS -> (int) ChronoUnit.DAYS.between(from, today) + 1;
        };
    return Math.max(1, day);
  }

  /** A date of this complaint moved when a year's arrangement was entered: on its timeline. */
  @org.springframework.context.event.EventListener
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRED)
  public void dueDateMoved(DueDateMoved moved) {
    var change = moved.change();
    ComplaintRow row = change.businessKey() == null ? null : mapper.findByNo(change.businessKey());
    if (row == null) {
      return; // not a complaint
    }
    Map<String, Object> details = change.timelineDetails(clock.getZone());
    event(
        row.id,
        "DUE_DATE_CHANGED",
        change.stillProvisional() ? "PROVISIONAL" : null,
        details,
        null,
        change.taskId(),
        SYSTEM);
  }

  @Transactional(readOnly = true)
  public List<Complaint> search(
      LinggongUser user, Complaint.State state, Complaint.Stage stage, int offset, int limit) {
    ComplaintPolicy.VIEW.check(user);
    String district = user.cityLevel() ? null : user.districtId();
    return mapper
        .search(
            district,
            state == null ? null : state.name(),
            stage == null ? null : stage.name(),
            Math.max(0, offset),
            Math.min(Math.max(1, limit), PAGE_MAX))
        .stream()
        .map(ComplaintRow::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public long count(LinggongUser user, Complaint.State state, Complaint.Stage stage) {
    ComplaintPolicy.VIEW.check(user);
    String district = user.cityLevel() ? null : user.districtId();
    return mapper.count(
        district, state == null ? null : state.name(), stage == null ? null : stage.name());
  }

  /** A complaint on the mediator's desk with the clock that runs now (if any). */
  public record DeskRow(Complaint complaint, ComplaintView.Clock clock) {}

  /**
   * The open complaints of the person's district (and stage), the one whose running clock ends
   * first on top.
   */
  @Transactional(readOnly = true)
  public List<DeskRow> desk(LinggongUser user, Complaint.Stage stage, boolean mine, int limit) {
    ComplaintPolicy.VIEW.check(user);
    String district = user.cityLevel() ? null : user.districtId();
    return mapper
        .search(
            district,
            Complaint.State.OPEN.name(),
            stage == null ? null : stage.name(),
            0,
            Math.min(Math.max(1, limit), PAGE_MAX))
        .stream()
        .filter(row -> !mine || mineOf(user, row))
        .map(
            row ->
                new DeskRow(
                    row.view(),
                    clocks(row).stream()
                        .filter(k -> "RUNNING".equals(k.state()))
                        .findFirst()
                        .orElse(null)))
        .sorted(
            java.util.Comparator.comparing(
                (DeskRow r) ->
                    r.clock() == null || r.clock().dueAt() == null
                        ? Instant.MAX
                        : r.clock().dueAt()))
        .toList();
  }

  /** Filed by the person, or one of its open steps is theirs. */
  private boolean mineOf(LinggongUser user, ComplaintRow row) {
    return user.userId().equals(row.filedBy)
        || (row.processInstanceId != null
            && tasks
                    .createTaskQuery()
                    .processInstanceId(row.processInstanceId)
                    .taskAssignee(user.userId())
                    .count()
                > 0);
  }

  /** The complainants of a complaint known by id (a task form has the id), masked. */
  @Transactional(readOnly = true)
  public List<Complainant> complainantsOf(LinggongUser user, long complaintId) {
    ComplaintPolicy.VIEW.check(user);
    ComplaintRow row = mapper.findById(complaintId);
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("complaint.notFound", complaintId);
    }
    return complainants(row.id);
  }

  /**
   * Encrypts evidence stored before evidence was encrypted (V14), a batch at a time; for the start
   * of the application, not for people.
   */
  @Transactional
  public int encryptStoredEvidence(int batch) {
    return personalData.encryptStoredFiles(
        mapper.findUnencryptedEvidenceIds(batch),
        mapper::findEvidenceContent,
        mapper::setEvidenceEncrypted);
  }

  /** An evidence file's content, for a person allowed to see the complaint. */
  @Transactional(readOnly = true)
  public EvidenceFile evidenceFile(LinggongUser user, String complaintNo, long evidenceId) {
    ComplaintPolicy.VIEW.check(user);
    ComplaintRow row = visible(user, complaintNo);
    EvidenceRow e = mapper.evidenceFile(evidenceId);
    if (e == null || !e.complaintId.equals(row.id)) {
      throw new NotFoundException("complaint.evidence.notFound", evidenceId);
    }
    audit.record(
        user.userId(), "VIEWED_EVIDENCE", "complaint", row.complaintNo, row.districtId, e.fileName);
    return new EvidenceFile(e.view(), personalData.decryptFile(e.content));
  }

  /** An evidence file with its bytes. */
  public record EvidenceFile(Evidence evidence, byte[] content) {}

  @Transactional(readOnly = true)
  public CaseDocuments.File document(LinggongUser user, String complaintNo, long documentId) {
    ComplaintPolicy.VIEW.check(user);
    ComplaintRow row = visible(user, complaintNo);
    return documents
        .file(row.complaintNo, documentId)
        .orElseThrow(() -> new NotFoundException("assistance.document.notFound", documentId));
  }

  // ---- for the process's steps (same package) ----

  void stage(long id, Complaint.Stage stage) {
    mapper.setStage(id, stage.name());
  }

  void accepted(long id) {
    Instant now = clock.instant();
    mapper.accept(
        id,
        now,
        clockDates.compute(
            id, ComplaintClockDates.Clock.MEDIATION, DateRule.limit(MEDIATION), now));
  }

  void priority(long id, String priority) {
    mapper.setPriority(id, priority);
  }

  /** Writes the agreed amounts per worker and the payment schedule. */
  void agreement(long id, Map<Long, BigDecimal> amounts, List<Instalment> schedule) {
    amounts.forEach((worker, amount) -> mapper.setWorkerAgreed(id, worker, amount));
    mapper.setAgreed(id, amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    mapper.deleteInstalments(id);
    for (Instalment i : schedule) {
      mapper.insertInstalment(id, i.seq(), i.dueDate(), i.amount());
    }
    mapper.setStage(id, Complaint.Stage.PAYMENT.name());
  }

  List<Instalment> instalments(long id) {
    return mapper.instalments(id);
  }

  void confirmInstalment(Instalment instalment, String status, BigDecimal paid, String userId) {
    mapper.confirmInstalment(instalment.id(), status, paid, clock.instant(), userId);
  }

  /**
   * Sets what each worker recovered in all; the agreement's payments are shared out in proportion
   * to the agreed amounts, the last worker taking the rounding.
   */
  void recoveredInProportion(long id, BigDecimal paidInAll) {
    List<Complainant> people = complainants(id);
    BigDecimal agreed =
        people.stream()
            .map(p -> p.amountAgreed() == null ? BigDecimal.ZERO : p.amountAgreed())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (agreed.signum() == 0) {
      return;
    }
    BigDecimal left = paidInAll;
    for (int i = 0; i < people.size(); i++) {
      Complainant p = people.get(i);
      BigDecimal share =
          i == people.size() - 1
              ? left
              : paidInAll.multiply(p.amountAgreed()).divide(agreed, 2, java.math.RoundingMode.DOWN);
      left = left.subtract(share);
      mapper.setWorkerRecovered(id, p.workerId(), share);
    }
    mapper.setRecovered(id, paidInAll);
  }

  /** Sets what each worker recovered (an inspection's result). */
  void recovered(long id, Map<Long, BigDecimal> amounts) {
    amounts.forEach((worker, amount) -> mapper.setWorkerRecovered(id, worker, amount));
    mapper.setRecovered(
        id,
        complainants(id).stream()
            .map(Complainant::amountRecovered)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  void startInspection(long id) {
    Instant now = clock.instant();
    mapper.startInspection(
        id,
        now,
        clockDates.compute(
            id, ComplaintClockDates.Clock.INSPECTION, DateRule.limit(INVESTIGATION), now));
  }

  /**
   * The extension's days more for the inspection (its limit, in its unit, added to the first limit
   * from the same start), on the complaint and on its open task.
   */
  Instant extendInspection(ComplaintRow row) {
    DateRule extended = DateRule.limit(INVESTIGATION).then(DateRule.limit(EXTENSION));
    Instant end =
        clockDates.compute(
            row.id, ComplaintClockDates.Clock.INSPECTION, extended, row.inspectionStarted);
    mapper.setInspectionDue(row.id, end);
    tasks
        .createTaskQuery()
        .processInstanceId(row.processInstanceId)
        .taskDefinitionKey(ComplaintProcess.USER_TASK_INVESTIGATE)
        .list()
        .forEach(
            t -> {
              Instant created = t.getCreateTime().toInstant();
              TimeLimits.Reckoned due = timeLimits.reckon(extended, created);
              t.setDueDate(java.util.Date.from(due.at()));
              t.setFollowUpDate(java.util.Date.from(timeLimits.workingDayBefore(due.at())));
              provisionalDates.note(
                  ProvisionalDates.TASK,
                  t.getId(),
                  row.processInstanceId,
                  row.complaintNo,
                  extended,
                  created,
                  due);
              tasks.saveTask(t);
            });
    return end;
  }

  boolean close(long id, String outcome, String detail) {
    return mapper.close(id, outcome, detail, clock.instant()) == 1;
  }

  ComplaintRow byNo(String complaintNo) {
    ComplaintRow row = mapper.findByNo(complaintNo);
    if (row == null) {
      throw new NotFoundException("complaint.notFound", complaintNo);
    }
    return row;
  }

  List<Complainant> complainants(long complaintId) {
    return mapper.workers(complaintId).stream().map(r -> r.view(personalData::decrypt)).toList();
  }

  List<ComplaintEvent> events(long complaintId) {
    return mapper.events(complaintId).stream().map(ComplaintService::view).toList();
  }

  ComplaintEvent event(
      long complaintId,
      String kind,
      String outcome,
      Map<String, Object> details,
      Long documentId,
      String taskId,
      String userId) {
    EventRow e = new EventRow();
    e.complaintId = complaintId;
    e.kind = kind;
    e.outcome = outcome;
    try {
      e.details = details == null || details.isEmpty() ? null : JSON.writeValueAsString(details);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
    e.documentId = documentId;
    e.taskId = taskId;
    e.doneAt = clock.instant();
    e.doneBy = userId;
    mapper.insertEvent(e);
    return view(e);
  }

  private static ComplaintEvent view(EventRow e) {
    Map<String, Object> details = Map.of();
    if (e.details != null) {
      try {
        details = JSON.readValue(e.details, new TypeReference<LinkedHashMap<String, Object>>() {});
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return new ComplaintEvent(e.id, e.kind, e.outcome, details, e.documentId, e.doneAt, e.doneBy);
  }

  void owed(InvalidInputException.Collector errors, String field, BigDecimal amount) {
    if (amount == null) {
      errors.add(field, "validation.required");
      return;
    }
    var problem = money.check(amount).violation();
    if (problem.isPresent()) {
      errors.add(field, problem);
      return;
    }
    if (amount.signum() == 0) {
      errors.add(field, "complaint.amount.zero");
    } else if (amount.compareTo(properties.maxOwedPerWorker()) > 0) {
      errors.add(field, "complaint.amount.absurd", properties.maxOwedPerWorker().toPlainString());
    }
  }

  private ComplaintRow visible(LinggongUser user, String complaintNo) {
    ComplaintRow row = complaintNo == null ? null : mapper.findByNo(complaintNo.trim());
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("complaint.notFound", complaintNo);
    }
    return row;
  }

  private static void text(
      InvalidInputException.Collector errors, String field, String value, int max) {
    errors.requireText(field, value);
    if (value != null && value.trim().length() > max) {
      errors.add(field, "validation.tooLong", max);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
