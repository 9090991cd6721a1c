package cn.linggong.assistance;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.cases.CaseNumbers;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
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
 * 帮扶案件: opens a case for a registered worker and starts the process in the same transaction, shows
 * a case with its progress, steps and documents, and takes a withdrawal at any point. The process's
 * steps are written through {@link AssistanceSteps} and {@link AssistanceClosing}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssistanceCases {

  static final String SYSTEM = cn.linggong.casefile.CaseTimeline.SYSTEM;
  private static final int PAGE_MAX = 200;
  private static final int NOTE_MAX = 500;
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  /** Why a person leaves assistance. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "AssistanceWithdrawalReason")
  public enum WithdrawalReason {
    MOVED,
    UNREACHABLE,
    DECLINED,
    FOUND_WORK,
    OTHER
  }

  private final AssistanceCaseMapper mapper;
  private final WorkerRegistry workers;
  private final CaseNumbers caseNumbers;
  private final CaseDocuments documents;
  private final cn.linggong.casefile.CaseTimeline timeline;
  private final RuntimeService runtime;
  private final cn.linggong.inbox.TaskDetails openSteps;
  private final AuditService audit;
  private final AssistanceProperties properties;
  private final Clock clock;
  private final cn.linggong.casefile.CaseOwners owners;

  /**
   * The worker's open case, if any (one at a time), for a person who may see cases: where there is
   * one, 建立帮扶案件 cannot succeed and the screens offer the case instead.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<AssistanceCase> openCaseOf(LinggongUser user, long workerId) {
    AssistancePolicy.VIEW.check(user);
    CaseRow open = mapper.findOpenByWorker(workerId);
    if (open == null || (!user.cityLevel() && !user.districtId().equals(open.districtId))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(open.view());
  }

  /** Opens a case and starts the process; one open case per worker. */
  @Transactional
  public AssistanceCase open(LinggongUser user, Long workerId) {
    AssistancePolicy.OPEN.check(user);
    if (workerId == null) {
      throw InvalidInputException.of("workerId", "validation.required");
    }
    Worker worker;
    try {
      worker = workers.find(user, workerId);
    } catch (NotFoundException e) {
      throw InvalidInputException.of("workerId", "assistance.worker.notFound", workerId);
    }
    CaseRow open = mapper.findOpenByWorker(workerId);
    if (open != null) {
      throw InvalidInputException.of("workerId", "assistance.case.alreadyOpen", open.caseNo);
    }
    CaseRow row = new CaseRow();
    row.caseNo = caseNumbers.next(properties.caseNumberPrefix());
    row.workerId = workerId;
    row.districtId = worker.districtId();
    row.state = AssistanceCase.State.OPEN.name();
    row.openedAt = clock.instant();
    row.openedBy = user.userId();
    mapper.insert(row);
    recordStep(row, AssistanceStep.Kind.OPENED, 1, null, null, null, null, Map.of(), user.userId());
    String owner = owners.opened(row.ref(), user, Roles.CASEWORKER);
    String processInstanceId =
        runtime
            .createProcessInstanceByKey(AssistanceProcess.KEY)
            .processDefinitionWithoutTenantId()
            .businessKey(row.caseNo)
            .setVariables(
                Variables.createVariables()
                    .putValue(cn.linggong.casefile.CaseOwners.VARIABLE, owner)
                    .putValue(AssistanceProcess.VAR_CASE_ID, row.id)
                    .putValue(AssistanceProcess.VAR_WORKER_ID, workerId)
                    .putValue(
                        cn.linggong.engine.EngineSettings.DISTRICT_VARIABLE, worker.districtId()))
            .execute()
            .getProcessInstanceId();
    mapper.setProcessInstance(row.id, processInstanceId);
    audit.record(
        user.userId(),
        "ASSISTANCE_CASE_OPENED",
        "assistance-case",
        row.caseNo,
        row.districtId,
        null);
    return mapper.findById(row.id).view();
  }

  @Transactional(readOnly = true)
  public AssistanceCase find(LinggongUser user, String caseNo) {
    AssistancePolicy.VIEW.check(user);
    return visible(user, caseNo).view();
  }

  /** The case screen's content. */
  @Transactional(readOnly = true)
  public CaseView view(LinggongUser user, String caseNo) {
    AssistancePolicy.VIEW.check(user);
    CaseRow row = visible(user, caseNo);
    List<AssistanceStep> steps = steps(row);
    return new CaseView(
        row.view(),
        workers.find(user, row.workerId),
        progress(steps),
        steps,
        documents.of(row.ref()),
        openSteps.openSteps(row.processInstanceId));
  }

  @Transactional(readOnly = true)
  public List<AssistanceCase> search(
      LinggongUser user,
      AssistanceCase.State state,
      Long workerId,
      String districtId,
      int offset,
      int limit) {
    AssistancePolicy.VIEW.check(user);
    String district = user.cityLevel() ? blankToNull(districtId) : user.districtId();
    return mapper
        .search(
            district,
            state == null ? null : state.name(),
            workerId,
            Math.max(0, offset),
            Math.min(Math.max(1, limit), PAGE_MAX))
        .stream()
        .map(CaseRow::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public long count(
      LinggongUser user, AssistanceCase.State state, Long workerId, String districtId) {
    AssistancePolicy.VIEW.check(user);
    String district = user.cityLevel() ? blankToNull(districtId) : user.districtId();
    return mapper.count(district, state == null ? null : state.name(), workerId);
  }

  /** A document of the case, for a person allowed to see the case. */
  @Transactional(readOnly = true)
  public CaseDocuments.File document(LinggongUser user, String caseNo, long documentId) {
    AssistancePolicy.VIEW.check(user);
    CaseRow row = visible(user, caseNo);
    return documents
        .file(row.ref(), documentId)
        .orElseThrow(() -> new NotFoundException("assistance.document.notFound", documentId));
  }

  /** The caseworkers a supervisor may name as the case's owner. */
  @Transactional(readOnly = true)
  public List<String> ownerCandidates(LinggongUser user, String caseNo) {
    cn.linggong.casefile.CaseOwnerPolicy.CHANGE.check(user);
    return owners.eligible(user, visible(user, caseNo).districtId, Roles.CASEWORKER);
  }

  /** A supervisor names another responsible caseworker; the case's open steps go to them. */
  @Transactional
  public AssistanceCase changeOwner(
      LinggongUser user, String caseNo, String newOwner, String reason) {
    cn.linggong.casefile.CaseOwnerPolicy.CHANGE.check(user);
    CaseRow row = visible(user, caseNo);
    owners.change(
        user, row.ref(), row.districtId, row.processInstanceId, Roles.CASEWORKER, newOwner, reason);
    return mapper.findById(row.id).view();
  }

  /**
   * 退出帮扶 at any point: the reason is recorded, the open steps end, the case closes as withdrawn.
   */
  @Transactional
  public AssistanceCase withdraw(
      LinggongUser user, String caseNo, WithdrawalReason reason, String note) {
    AssistancePolicy.WITHDRAW.check(user);
    CaseRow row = visible(user, caseNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (reason == null) {
      errors.add("reason", "validation.required");
    }
    if (reason == WithdrawalReason.OTHER && (note == null || note.isBlank())) {
      errors.add("note", "assistance.withdrawal.noteRequired");
    }
    errors.maxLength("note", note, NOTE_MAX);
    errors.throwIfAny();
    if (!AssistanceCase.State.OPEN.name().equals(row.state)) {
      throw new ConflictException("assistance.case.closed", row.caseNo);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (note != null && !note.isBlank()) {
      details.put("note", note.trim());
    }
    recordStep(
        row,
        AssistanceStep.Kind.WITHDRAWAL,
        1,
        null,
        reason.name(),
        null,
        null,
        details,
        user.userId());
    runtime
        .createMessageCorrelation(AssistanceProcess.MESSAGE_WITHDRAW)
        .processInstanceId(row.processInstanceId)
        .correlate();
    audit.record(
        user.userId(),
        "ASSISTANCE_WITHDRAWN",
        "assistance-case",
        row.caseNo,
        row.districtId,
        reason.name());
    return mapper.findById(row.id).view();
  }

  CaseRow byCaseNo(String caseNo) {
    CaseRow row = mapper.findByCaseNo(caseNo);
    if (row == null) {
      throw new NotFoundException("assistance.case.notFound", caseNo);
    }
    return row;
  }

  CaseRow byId(long id) {
    CaseRow row = mapper.findById(id);
    if (row == null) {
      throw new NotFoundException("assistance.case.notFound", id);
    }
    return row;
  }

  /** Every case of a worker, this one and the earlier ones, newest first. */
  List<CaseRow> casesOfWorker(long workerId) {
    return mapper.search(null, null, workerId, 0, Integer.MAX_VALUE);
  }

  List<AssistanceStep> steps(CaseRow row) {
    return timeline.of(row.ref()).stream().map(AssistanceStep::of).toList();
  }

  void setTier(long caseId, HardshipTier.Result result) {
    mapper.setTier(caseId, result.tier().name(), result.employmentHardship());
  }

  boolean close(long caseId, String outcome) {
    return mapper.close(caseId, outcome, clock.instant()) == 1;
  }

  AssistanceStep recordStep(
      CaseRow row,
      AssistanceStep.Kind kind,
      int seq,
      String taskId,
      String outcome,
      Long jobId,
      Long documentId,
      Map<String, Object> details,
      String userId) {
    return AssistanceStep.of(
        timeline.record(
            row.ref(),
            new cn.linggong.casefile.CaseEvent.Entry(
                kind.name(), seq, taskId, outcome, jobId, documentId, details),
            userId));
  }

  /** A date of this case moved when a year's arrangement was entered: on its timeline. */
  @org.springframework.context.event.EventListener
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRED)
  public void dueDateMoved(cn.linggong.sla.DueDateMoved moved) {
    var change = moved.change();
    CaseRow row = change.businessKey() == null ? null : mapper.findByCaseNo(change.businessKey());
    if (row == null) {
      return; // not an assistance case
    }
    Map<String, Object> details = change.timelineDetails(clock.getZone());
    recordStep(
        row,
        AssistanceStep.Kind.DUE_DATE_CHANGED,
        1,
        change.taskId(),
        change.stillProvisional() ? "PROVISIONAL" : "OFFICIAL",
        null,
        null,
        details,
        SYSTEM);
  }

  CaseView.Progress progress(List<AssistanceStep> steps) {
    int guidance = count(steps, AssistanceStep.Kind.GUIDANCE);
    int referrals = count(steps, AssistanceStep.Kind.REFERRAL);
    int training = count(steps, AssistanceStep.Kind.TRAINING);
    String placement = "NONE";
    for (AssistanceStep s : steps) {
      if (s.kind() == AssistanceStep.Kind.PLACEMENT_PROPOSAL) {
        placement = "PROPOSE".equals(s.outcome()) ? "PROPOSED" : "NOT_PLACED";
      } else if (s.kind() == AssistanceStep.Kind.PLACEMENT_APPROVAL) {
        placement = s.outcome();
      }
    }
    return new CaseView.Progress(
        guidance, 1, referrals, properties.maxReferrals(), training, 1, placement);
  }

  private static int count(List<AssistanceStep> steps, AssistanceStep.Kind kind) {
    return (int) steps.stream().filter(s -> s.kind() == kind).count();
  }

  /** The case, if the person may see it (their district, or any at city level); else 404. */
  CaseRow visible(LinggongUser user, long caseId) {
    CaseRow row = mapper.findById(caseId);
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("assistance.case.notFound", caseId);
    }
    return row;
  }

  CaseRow visible(LinggongUser user, String caseNo) {
    CaseRow row = caseNo == null ? null : mapper.findByCaseNo(caseNo.trim());
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("assistance.case.notFound", caseNo);
    }
    return row;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
