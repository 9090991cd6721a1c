package cn.linggong.complaint;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading complaints: one complaint with its complainants, clocks, payments, timeline, evidence,
 * letters and open steps; the district's list; the mediator's desk, the clock that ends first on
 * top.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplaintReading {

  private static final int PAGE_MAX = 200;

  private final ComplaintRecords records;
  private final ComplaintMapper mapper;
  private final ComplaintClocks clocks;
  private final CaseDocuments documents;
  private final TaskService tasks;
  private final cn.linggong.inbox.TaskDetails openSteps;
  private final java.time.Clock clock;

  @Transactional(readOnly = true)
  public Complaint find(LinggongUser user, String complaintNo) {
    ComplaintPolicy.VIEW.check(user);
    return records.visible(user, complaintNo).view();
  }

  @Transactional(readOnly = true)
  public ComplaintView view(LinggongUser user, String complaintNo) {
    ComplaintPolicy.VIEW.check(user);
    ComplaintRow row = records.visible(user, complaintNo);
    return new ComplaintView(
        row.view(),
        records.complainants(row.id),
        clocks.clocks(row),
        mapper.instalments(row.id),
        records.events(row),
        mapper.evidence(row.id).stream().map(EvidenceRow::view).toList(),
        documents.of(row.ref()),
        openSteps.openSteps(row.processInstanceId));
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

  /** The complaints a worker is a complainant of, newest first (the worker's page). */
  @Transactional(readOnly = true)
  public List<Complaint> ofWorker(LinggongUser user, long workerId) {
    ComplaintPolicy.VIEW.check(user);
    String district = user.cityLevel() ? null : user.districtId();
    return mapper.ofWorker(district, workerId, PAGE_MAX).stream().map(ComplaintRow::view).toList();
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
   * first on top; for the stage CLOSED, the closed ones.
   */
  @Transactional(readOnly = true)
  public List<DeskRow> desk(LinggongUser user, Complaint.Stage stage, boolean mine, int limit) {
    ComplaintPolicy.VIEW.check(user);
    String district = user.cityLevel() ? null : user.districtId();
    return mapper
        .search(
            district,
            // the closed ones when asked for (已结案), else those open
            stage == Complaint.Stage.CLOSED
                ? Complaint.State.CLOSED.name()
                : Complaint.State.OPEN.name(),
            stage == null ? null : stage.name(),
            0,
            Math.min(Math.max(1, limit), PAGE_MAX))
        .stream()
        .filter(row -> !mine || mineOf(user, row))
        .map(row -> new DeskRow(row.view(), firstToEnd(row)))
        .sorted(
            java.util.Comparator.comparing(
                (DeskRow r) ->
                    r.clock() == null || r.clock().dueAt() == null
                        ? Instant.MAX
                        : r.clock().dueAt()))
        .toList();
  }

  /**
   * The clock that ends first: of the running clocks (acceptance, mediation, inspection), the open
   * steps' own time limits (a referral, a payment check: kind STEP) and what the case waits for (an
   * instalment's check: kind WAIT), the soonest due.
   */
  private ComplaintView.Clock firstToEnd(ComplaintRow row) {
    Instant now = clock.instant();
    java.util.stream.Stream<ComplaintView.Clock> running =
        clocks.clocks(row).stream().filter(k -> "RUNNING".equals(k.state()) && k.dueAt() != null);
    java.util.stream.Stream<ComplaintView.Clock> steps =
        openSteps.openSteps(row.processInstanceId).stream()
            .filter(t -> t.due() != null)
            .map(
                t ->
                    new ComplaintView.Clock(
                        "STEP",
                        "RUNNING",
                        null,
                        t.due(),
                        null,
                        null,
                        null,
                        now.isAfter(t.due()),
                        t.dueProvisional()));
    java.util.stream.Stream<ComplaintView.Clock> waits =
        openSteps.waits(row.processInstanceId).stream()
            .map(
                w ->
                    new ComplaintView.Clock(
                        "WAIT", "RUNNING", null, w.due(), null, null, null, false, false));
    return java.util.stream.Stream.of(running, steps, waits)
        .flatMap(s -> s)
        .min(java.util.Comparator.comparing(ComplaintView.Clock::dueAt))
        .orElse(null);
  }

  /** Owned by the person, or one of its open steps is theirs. */
  private boolean mineOf(LinggongUser user, ComplaintRow row) {
    return user.userId().equals(row.owner)
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
    return records.complainants(records.visible(user, complaintId).id);
  }

  @Transactional(readOnly = true)
  public CaseDocuments.File document(LinggongUser user, String complaintNo, long documentId) {
    ComplaintPolicy.VIEW.check(user);
    ComplaintRow row = records.visible(user, complaintNo);
    return documents
        .file(row.ref(), documentId)
        .orElseThrow(() -> new NotFoundException("assistance.document.notFound", documentId));
  }
}
