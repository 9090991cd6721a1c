package cn.linggong.inbox;

import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.ConflictException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox: the open tasks a person may work, from the inbox table the engine's task listeners
 * keep in step (same transaction), so that a page is one indexed query however long the backlog.
 * Claiming and unclaiming go through the engine, which keeps the table in step.
 */
@Service
public class InboxService {

  private static final String NO_GROUP = "-";

  private final InboxMapper mapper;
  private final TaskService taskService;

  InboxService(InboxMapper mapper, TaskService taskService) {
    this.mapper = mapper;
    this.taskService = taskService;
  }

  @Transactional(readOnly = true)
  public List<InboxTask> page(LinggongUser user, InboxFilter filter, int offset, int limit) {
    return mapper.findPage(filter, viewer(user), offset, limit);
  }

  @Transactional(readOnly = true)
  public long count(LinggongUser user, InboxFilter filter) {
    return mapper.count(filter, viewer(user));
  }

  /** The counts on the filter chips: mine, my groups, overdue, due soon. */
  @Transactional(readOnly = true)
  public Map<String, Long> counts(LinggongUser user, InboxFilter base, java.time.Instant now, java.time.Instant soon) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("mine", count(user, with(base, InboxFilter.Scope.MINE, null, null)));
    counts.put("groups", count(user, with(base, InboxFilter.Scope.GROUPS, null, null)));
    counts.put("overdue", count(user, with(base, base.scope(), now, null)));
    counts.put("dueSoon", count(user, with(base, base.scope(), soon, now)));
    return counts;
  }

  @Transactional(readOnly = true)
  public InboxTask find(LinggongUser user, String taskId) {
    InboxTask task = mapper.find(taskId);
    if (task == null || !visibleTo(user, task)) {
      throw new NotFoundException("inbox.task.notFound", taskId);
    }
    return task;
  }

  /** Takes a task of one's groups; refused when someone else took it meanwhile. */
  @Transactional
  public void claim(LinggongUser user, String taskId) {
    InboxTask task = find(user, taskId);
    if (task.assignee() != null && !task.assignee().equals(user.userId())) {
      throw new ConflictException("inbox.task.claimedBy", task.assignee());
    }
    try {
      taskService.claim(taskId, user.userId());
    } catch (TaskAlreadyClaimedException e) {
      throw new ConflictException("inbox.task.claimedBy", e.getTaskAssignee());
    }
  }

  /** Gives a claimed task back to its groups. */
  @Transactional
  public void unclaim(LinggongUser user, String taskId) {
    InboxTask task = find(user, taskId);
    if (task.assignee() != null && !task.assignee().equals(user.userId()) && !user.hasRole(Roles.SUPERVISOR)) {
      throw new ConflictException("inbox.task.claimedBy", task.assignee());
    }
    taskService.setAssignee(taskId, null);
  }

  // ---- kept in step by the engine's task listeners (same transaction) ------------------------

  @Transactional(propagation = Propagation.MANDATORY)
  public void created(InboxTask task, Collection<String> candidateGroups) {
    mapper.insert(task);
    candidateGroups.forEach(g -> mapper.insertCandidate(task.taskId(), g));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void changed(InboxTask task, Collection<String> candidateGroups) {
    mapper.update(task);
    mapper.deleteCandidates(task.taskId());
    candidateGroups.forEach(g -> mapper.insertCandidate(task.taskId(), g));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void ended(String taskId) {
    mapper.deleteCandidates(taskId);
    mapper.delete(taskId);
  }

  private static InboxFilter with(InboxFilter f, InboxFilter.Scope scope, java.time.Instant before, java.time.Instant after) {
    return new InboxFilter(scope, f.districtId(), f.processDefinitionKey(), f.taskDefinitionKey(), f.businessKeyLike(),
        before, after, f.sort(), f.descending());
  }

  private static InboxFilter.Viewer viewer(LinggongUser user) {
    List<String> groups = new ArrayList<>(user.roles());
    if (groups.isEmpty()) {
      groups.add(NO_GROUP);
    }
    return new InboxFilter.Viewer(user.userId(), groups, user.districtId());
  }

  private static boolean visibleTo(LinggongUser user, InboxTask task) {
    return user.cityLevel() || user.districtId().equals(task.districtId());
  }
}
