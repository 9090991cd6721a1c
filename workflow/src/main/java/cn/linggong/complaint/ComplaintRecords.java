package cn.linggong.complaint;

import cn.linggong.engine.EngineSettings;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.NotFoundException;
import cn.linggong.sla.DateRule;
import cn.linggong.sla.DueDateMoved;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.TimeLimits;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint's record and its changes: what the process steps, the screens' actions and the
 * closing write (stage, clocks, agreement, payments, recoveries, timeline), and the lookups they
 * share. Package-private: the public services of this package check who may act first.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplaintRecords {

  static final String SYSTEM = cn.linggong.casefile.CaseTimeline.SYSTEM;

  static final String ACCEPTANCE = "complaint.acceptance";
  static final String MEDIATION = "complaint.mediation";
  static final String INVESTIGATION = "complaint.investigation";
  static final String EXTENSION = "complaint.investigation-extension";

  private final ComplaintMapper mapper;
  private final cn.linggong.casefile.CaseTimeline timeline;
  private final ComplaintClockDates clockDates;
  private final TimeLimits timeLimits;
  private final ProvisionalDates provisionalDates;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final cn.linggong.privacy.PersonalData personalData;
  private final Clock clock;
  private final cn.linggong.casefile.CaseOwners owners;

  /** The complaint, if the person may see it (their district, or any at city level); else 404. */
  ComplaintRow visible(LinggongUser user, String complaintNo) {
    ComplaintRow row = complaintNo == null ? null : mapper.findByNo(complaintNo.trim());
    return visible(user, row, complaintNo);
  }

  ComplaintRow visible(LinggongUser user, long complaintId) {
    return visible(user, mapper.findById(complaintId), complaintId);
  }

  private static ComplaintRow visible(LinggongUser user, ComplaintRow row, Object asked) {
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("complaint.notFound", asked);
    }
    return row;
  }

  /** When the acceptance clock started at {@code start} ends; kept on the complaint. */
  void acceptanceFrom(ComplaintRow row, Instant start) {
    mapper.setAcceptanceDue(
        row.id,
        clockDates.compute(
            row.id, ComplaintClockDates.Clock.ACCEPTANCE, DateRule.limit(ACCEPTANCE), start));
  }

  /** Starts the complaint's process; the district and amounts it routes by as variables. */
  void startProcess(ComplaintRow row, cn.linggong.identity.LinggongUser opener) {
    String owner = owners.opened(row.ref(), opener, cn.linggong.identity.Roles.MEDIATOR);
    String pid =
        runtime
            .createProcessInstanceByKey(ComplaintProcess.KEY)
            .processDefinitionWithoutTenantId()
            .businessKey(row.complaintNo)
            .setVariables(
                Variables.createVariables()
                    .putValue(cn.linggong.casefile.CaseOwners.VARIABLE, owner)
                    .putValue(ComplaintProcess.VAR_COMPLAINT_ID, row.id)
                    .putValue(EngineSettings.DISTRICT_VARIABLE, row.districtId)
                    .putValue(ComplaintProcess.VAR_WORKER_COUNT, (long) row.workerCount)
                    .putValue(ComplaintProcess.VAR_AMOUNT_OWED, row.amountOwed.doubleValue())
                    .putValue(ComplaintProcess.VAR_CONSTRUCTION, row.construction))
            .execute()
            .getProcessInstanceId();
    mapper.setProcessInstance(row.id, pid);
  }

  /** Tells the complaint's process that something it waits for has happened. */
  void correlate(ComplaintRow row, String message) {
    runtime.createMessageCorrelation(message).processInstanceId(row.processInstanceId).correlate();
  }

  Complaint reread(ComplaintRow row) {
    return mapper.findById(row.id).view();
  }

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

  List<ComplaintEvent> events(ComplaintRow row) {
    return timeline.of(row.ref()).stream().map(ComplaintEvent::of).toList();
  }

  ComplaintEvent event(
      ComplaintRow row,
      String kind,
      String outcome,
      Map<String, Object> details,
      Long documentId,
      String taskId,
      String userId) {
    return ComplaintEvent.of(
        timeline.record(
            row.ref(),
            new cn.linggong.casefile.CaseEvent.Entry(
                kind, 1, taskId, outcome, null, documentId, details),
            userId));
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
        row,
        "DUE_DATE_CHANGED",
        change.stillProvisional() ? "PROVISIONAL" : null,
        details,
        null,
        change.taskId(),
        SYSTEM);
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
}
