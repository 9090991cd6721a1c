package cn.linggong.casefile;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseworker or mediator responsible for a case, for every case type. The owner is named when
 * the case opens and kept as the process variable {@value #VARIABLE}, from which the engine gives
 * each next step of the case that the owner's role works to the owner (still visible to the group:
 * see the inbox's TEAM scope). A supervisor names another owner: the case's open steps held by the
 * old owner go to the new one, and the timeline and the audit say who, when and why.
 */
@Service
@RequiredArgsConstructor
public class CaseOwners {

  /** The process variable the engine routes a case's next steps by (a user id, not personal). */
  public static final String VARIABLE = "caseOwner";

  /** The timeline entry of a change of owner. */
  public static final String OWNER_CHANGED = "OWNER_CHANGED";

  private static final int REASON_MAX = 300;

  private final CaseFileMapper mapper;
  private final CaseTimeline timeline;
  private final DirectoryService directory;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final AuditService audit;
  private final Clock clock;

  /**
   * Records who owns a case {@code opener} opens now, in the opening's transaction: the opener, if
   * they hold the role that works the case type; else nobody (its steps go to the group until a
   * supervisor names an owner). Returns the owner (null for none), the value of the process
   * variable {@value #VARIABLE} the case's process starts with.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String opened(CaseRef ref, LinggongUser opener, String workingRole) {
    if (!opener.hasRole(workingRole)) {
      return null;
    }
    mapper.insertOwner(ref.type(), ref.number(), opener.userId(), clock.instant());
    return opener.userId();
  }

  @Transactional(readOnly = true)
  public Optional<String> owner(CaseRef ref) {
    return Optional.ofNullable(mapper.owner(ref.type(), ref.number()));
  }

  /** The people a supervisor may name for a case of the district: who works the case type there. */
  @Transactional(readOnly = true)
  public List<String> eligible(LinggongUser user, String districtId, String workingRole) {
    CaseOwnerPolicy.CHANGE.check(user);
    return directory.usersWithRole(workingRole, districtId).stream()
        .filter(id -> districtId.equals(directory.principal(id).districtId()))
        .toList();
  }

  /** A staff member's name as the timeline keeps it (the audit keeps the user ids). */
  private String name(String userId) {
    return directory.findUser(userId).map(DirectoryService.UserSummary::name).orElse(userId);
  }

  /**
   * Names {@code newOwner} for a case the caller's service has found visible to {@code user}: of
   * {@code districtId}, run by {@code processInstanceId} (null when it has ended), worked by {@code
   * workingRole}.
   */
  @Transactional
  public void change(
      LinggongUser user,
      CaseRef ref,
      String districtId,
      String processInstanceId,
      String workingRole,
      String newOwner,
      String reason) {
    CaseOwnerPolicy.CHANGE.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (newOwner == null || newOwner.isBlank()) {
      errors.add("owner", "validation.required");
    } else if (!eligible(user, districtId, workingRole).contains(newOwner)) {
      errors.add("owner", "case.owner.notEligible", newOwner);
    }
    if (reason == null || reason.isBlank()) {
      errors.add("reason", "validation.required");
    } else {
      errors.maxLength("reason", reason, REASON_MAX);
    }
    errors.throwIfAny();
    Optional<String> before = owner(ref);
    if (before.isPresent() && before.get().equals(newOwner)) {
      return; // already theirs: naming them again changes nothing
    }
    if (before.isPresent()) {
      mapper.updateOwner(ref.type(), ref.number(), newOwner, clock.instant());
    } else {
      mapper.insertOwner(ref.type(), ref.number(), newOwner, clock.instant());
    }
    if (processInstanceId != null
        && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      runtime.setVariable(processInstanceId, VARIABLE, newOwner);
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
        boolean heldByOld = before.isPresent() && before.get().equals(task.getAssignee());
        boolean ownersWork =
            task.getAssignee() == null
                && tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(l -> workingRole.equals(l.getGroupId()));
        if (heldByOld || ownersWork) {
          tasks.setAssignee(task.getId(), newOwner);
        }
      }
    }
    timeline.record(
        ref,
        CaseEvent.Entry.of(
            OWNER_CHANGED,
            null,
            Map.of(
                "previous", before.map(this::name).orElse("—"),
                "owner", name(newOwner),
                "reason", reason.trim())),
        user.userId());
    audit.record(
        user.userId(),
        "CASE_OWNER_CHANGED",
        ref.type(),
        ref.number(),
        districtId,
        before.orElse("—") + " -> " + newOwner);
  }
}
