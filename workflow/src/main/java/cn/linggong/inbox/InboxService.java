package cn.linggong.inbox;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox: the open tasks a person may work, from the inbox table the engine's task listeners
 * keep in step (same transaction), so that a page is one indexed query however long the backlog.
 * Claiming and unclaiming go through the engine, which keeps the table in step.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InboxService {

  private static final String NO_GROUP = "-";
  private static final String NO_DISTRICT = "";
  private static final String USER = "u:";
  private static final String GROUP = "g:";

  /** A group's view of a task one of its members holds. */
  private static final String HELD = "h:";

  /** Sorts after every real due date. */
  private static final java.time.Instant NO_DUE_DATE =
      java.time.Instant.parse("9999-12-30T00:00:00Z");

  private final InboxMapper mapper;
  private final TaskService taskService;

  @Transactional(readOnly = true)
  public List<InboxTask> page(LinggongUser user, InboxFilter filter, int offset, int limit) {
    List<String> principals = principals(user, filter.scope());
    String district = district(user, filter);
    if (filter.sort() == InboxFilter.Sort.DUE && !filtersTaskColumns(filter)) {
      return mapper.findPageByDue(filter, principals, district, offset + limit, offset, limit);
    }
    return mapper.findPageFiltered(filter, principals, district, offset, limit);
  }

  @Transactional(readOnly = true)
  public long count(LinggongUser user, InboxFilter filter) {
    List<String> principals = principals(user, filter.scope());
    String district = district(user, filter);
    return filtersTaskColumns(filter)
        ? mapper.countFiltered(filter, principals, district)
        : mapper.countByEntries(filter, principals, district);
  }

  /** A value of a filter list: key and the name shown. */
  public record Choice(String key, String name) {}

  /**
   * Processes with open tasks in the person's district (city level: all) that the person's inbox
   * can show: a caseworker is not offered the complaints' process, whose steps are mediators'.
   */
  @Transactional(readOnly = true)
  public List<Choice> processes(LinggongUser user) {
    InboxPolicy.WORK.check(user);
    if (InboxPolicy.OVERSEE.allows(user)) {
      return mapper.findProcesses(user.districtId());
    }
    return mapper.findProcesses(user.districtId()).stream()
        .filter(
            p ->
                count(
                        user,
                        new InboxFilter(
                            InboxFilter.Scope.TEAM,
                            null,
                            p.key(),
                            null,
                            null,
                            null,
                            null,
                            InboxFilter.Sort.DUE,
                            false))
                    > 0)
        .toList();
  }

  /** Steps of a process with open tasks. */
  @Transactional(readOnly = true)
  public List<Choice> steps(LinggongUser user, String processDefinitionKey) {
    InboxPolicy.WORK.check(user);
    return mapper.findSteps(processDefinitionKey, user.districtId());
  }

  /** The counts on the filter chips: mine, my groups, overdue, due soon. */
  @Transactional(readOnly = true)
  public Map<String, Long> counts(
      LinggongUser user, InboxFilter base, java.time.Instant now, java.time.Instant soon) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("mine", count(user, with(base, InboxFilter.Scope.MINE, null, null)));
    counts.put("groups", count(user, with(base, InboxFilter.Scope.GROUPS, null, null)));
    counts.put("overdue", count(user, with(base, base.scope(), now, null)));
    counts.put("dueSoon", count(user, with(base, base.scope(), soon, now)));
    return counts;
  }

  /**
   * A task for someone who may work it (a candidate group, its named candidate or assignee) or
   * oversee it (a supervisor): "not found" outside the district (the engine's tenant check would
   * not even show its groups), refused (403) within it otherwise.
   */
  @Transactional(readOnly = true)
  public InboxTask find(LinggongUser user, String taskId) {
    InboxPolicy.WORK.check(user);
    InboxTask task = inDistrict(user, existing(taskId));
    if (!InboxPolicy.OVERSEE.allows(user)) {
      requireCandidate(user, task);
    }
    return task;
  }

  /**
   * Takes a task of one's groups: the same right as completing it (a candidate group or a named
   * candidate), so that no one outside the task's groups can hold, and so block, the district's
   * work; refused when someone else took it meanwhile.
   */
  @Transactional
  public void claim(LinggongUser user, String taskId) {
    InboxTask task = workable(user, taskId);
    if (task.assignee() != null && !task.assignee().equals(user.userId())) {
      throw new ConflictException("inbox.task.claimedBy", task.assignee());
    }
    try {
      taskService.claim(taskId, user.userId());
    } catch (TaskAlreadyClaimedException e) {
      throw new ConflictException("inbox.task.claimedBy", e.getTaskAssignee());
    }
  }

  /**
   * A task the person may take and complete: one of its candidate groups, its named candidate or
   * its assignee, within the district ("not found" outside, 403 within). A caseworker cannot take
   * or complete a supervisor's approval, and a reviewer no caseworker's step.
   */
  @Transactional(readOnly = true)
  public InboxTask workable(LinggongUser user, String taskId) {
    InboxPolicy.WORK.check(user);
    InboxTask task = inDistrict(user, existing(taskId));
    requireCandidate(user, task);
    return task;
  }

  private InboxTask existing(String taskId) {
    InboxTask task = mapper.find(taskId);
    if (task == null) {
      throw new NotFoundException("inbox.task.notFound", taskId);
    }
    return task;
  }

  private static InboxTask inDistrict(LinggongUser user, InboxTask task) {
    if (!visibleTo(user, task)) {
      throw new NotFoundException("inbox.task.notFound", task.taskId());
    }
    return task;
  }

  private void requireCandidate(LinggongUser user, InboxTask task) {
    if (user.userId().equals(task.assignee())) {
      return;
    }
    List<String> groups = new ArrayList<>();
    boolean named = false;
    for (var link : taskService.getIdentityLinksForTask(task.taskId())) {
      if (!org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      } else if (user.userId().equals(link.getUserId())) {
        named = true;
      }
    }
    if (!named && !groups.isEmpty() && groups.stream().noneMatch(user::hasRole)) {
      // the roles in words, in the reader's language ("此任务须由就业服务专员办理")
      Object[] roles =
          groups.stream()
              .limit(2)
              .map(
                  g ->
                      new org.springframework.context.support.DefaultMessageSourceResolvable(
                          new String[] {"role." + g}, g))
              .toArray();
      throw new cn.linggong.shared.ForbiddenException(
          roles.length > 1 ? "inbox.task.notCandidateEither" : "inbox.task.notCandidate", roles);
    }
  }

  /** Gives a claimed task back to its groups. */
  @Transactional
  public void unclaim(LinggongUser user, String taskId) {
    InboxTask task = InboxPolicy.OVERSEE.allows(user) ? find(user, taskId) : workable(user, taskId);
    if (task.assignee() != null
        && !task.assignee().equals(user.userId())
        && !InboxPolicy.OVERSEE.allows(user)) {
      throw new ConflictException("inbox.task.claimedBy", task.assignee());
    }
    taskService.setAssignee(taskId, null);
  }

  /**
   * A supervisor gives a task to a named person of the task's district who holds one of its
   * candidate groups.
   */
  @Transactional
  public void reassign(
      LinggongUser supervisor, String taskId, String toUserId, java.util.List<String> eligible) {
    InboxPolicy.REASSIGN.check(supervisor);
    find(supervisor, taskId);
    if (toUserId == null || !eligible.contains(toUserId)) {
      throw cn.linggong.shared.validation.InvalidInputException.of(
          "userId", "inbox.reassign.notEligible", String.valueOf(toUserId));
    }
    taskService.setAssignee(taskId, toUserId);
  }

  /** The candidate groups of a task (for choosing whom to reassign it to). */
  @Transactional(readOnly = true)
  public java.util.List<String> candidateGroups(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .distinct()
        .toList();
  }

  // ---- kept in step by the engine's task listeners (same transaction) ------------------------

  @Transactional(propagation = Propagation.MANDATORY)
  public void created(
      InboxTask task, Collection<String> candidateGroups, Collection<String> candidateUsers) {
    mapper.insert(task);
    writeEntries(task, candidateGroups, candidateUsers);
  }

  /** Marks a task's due date as computed from a provisional year, or not any more. */
  @Transactional
  public void dueProvisional(String taskId, boolean provisional) {
    mapper.setDueProvisional(taskId, provisional);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void changed(
      InboxTask task, Collection<String> candidateGroups, Collection<String> candidateUsers) {
    mapper.update(task);
    mapper.deleteEntries(task.taskId());
    writeEntries(task, candidateGroups, candidateUsers);
  }

  /**
   * A task ended: it leaves the inbox and its record is kept for supervision (who did it, how long
   * it took, whether it was late); {@code completed} false for a task deleted with its case.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void ended(String taskId, boolean completed, java.time.Instant at) {
    InboxTask task = mapper.find(taskId);
    if (task != null) {
      long duration = Math.max(0, java.time.Duration.between(task.createdAt(), at).toMillis());
      mapper.insertDone(task, at, duration, completed);
    }
    mapper.deleteEntries(taskId);
    mapper.delete(taskId);
  }

  /**
   * The assignee holds a task (their groups still see it in the TEAM scope, never as theirs to
   * take); an unassigned task belongs to its candidate groups and users.
   */
  private void writeEntries(InboxTask task, Collection<String> groups, Collection<String> users) {
    String district = task.districtId() == null ? NO_DISTRICT : task.districtId();
    java.time.Instant due = task.dueAt() == null ? NO_DUE_DATE : task.dueAt();
    if (task.assignee() != null) {
      mapper.insertEntry(USER + task.assignee(), district, due, task.taskId());
      groups.stream()
          .distinct()
          .forEach(g -> mapper.insertEntry(HELD + g, district, due, task.taskId()));
      return;
    }
    groups.stream()
        .distinct()
        .forEach(g -> mapper.insertEntry(GROUP + g, district, due, task.taskId()));
    users.stream()
        .distinct()
        .forEach(u -> mapper.insertEntry(USER + u, district, due, task.taskId()));
  }

  private static InboxFilter with(
      InboxFilter f, InboxFilter.Scope scope, java.time.Instant before, java.time.Instant after) {
    return f.withScope(scope).withDue(before, after);
  }

  /**
   * The inbox entries a scope reads; {@code null} for the district's whole open work, which only an
   * overseer may see (it is read from the task table by district, not through the entries).
   */
  private static List<String> principals(LinggongUser user, InboxFilter.Scope scope) {
    InboxPolicy.WORK.check(user);
    if (scope == InboxFilter.Scope.DISTRICT) {
      InboxPolicy.OVERSEE.check(user);
      return null;
    }
    List<String> principals = new ArrayList<>();
    if (scope != InboxFilter.Scope.GROUPS) {
      principals.add(USER + user.userId());
    }
    if (scope != InboxFilter.Scope.MINE) {
      user.roles().stream().sorted().forEach(r -> principals.add(GROUP + r));
    }
    if (scope == InboxFilter.Scope.TEAM) {
      user.roles().stream().sorted().forEach(r -> principals.add(HELD + r));
    }
    if (principals.isEmpty()) {
      principals.add(GROUP + NO_GROUP);
    }
    return principals;
  }

  /** A district user sees only the own district; city level all, or the one chosen. */
  private static String district(LinggongUser user, InboxFilter filter) {
    if (!user.cityLevel()) {
      return user.districtId();
    }
    return filter.districtId();
  }

  private static boolean filtersTaskColumns(InboxFilter filter) {
    return filter.scope() == InboxFilter.Scope.DISTRICT
        || filter.processDefinitionKey() != null
        || filter.taskDefinitionKey() != null
        || filter.businessKeyLike() != null
        || filter.assignee() != null
        || filter.unassigned()
        || filter.escalated();
  }

  private static boolean visibleTo(LinggongUser user, InboxTask task) {
    return user.cityLevel() || user.districtId().equals(task.districtId());
  }
}
