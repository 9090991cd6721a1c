package cn.linggong.inbox;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import java.util.List;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * Whom a supervisor may give a task to, and the giving: same district, one of the task's groups.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Reassignment {

  private final InboxService inbox;
  private final DirectoryService directory;
  private final cn.linggong.audit.AuditService audit;

  /** User ids of the task's district holding one of its candidate groups. */
  public List<String> eligible(LinggongUser supervisor, String taskId) {
    InboxPolicy.REASSIGN.check(supervisor);
    InboxTask task = inbox.find(supervisor, taskId);
    TreeSet<String> users = new TreeSet<>();
    for (String group : inbox.candidateGroups(taskId)) {
      users.addAll(directory.usersWithRole(group, task.districtId()));
    }
    return List.copyOf(users);
  }

  /** Gives the task to the person, audited (who held it before, who holds it now). */
  @org.springframework.transaction.annotation.Transactional
  public void reassign(LinggongUser supervisor, String taskId, String toUserId) {
    InboxPolicy.REASSIGN.check(supervisor);
    InboxTask before = inbox.find(supervisor, taskId);
    inbox.reassign(supervisor, taskId, toUserId, eligible(supervisor, taskId));
    audit.record(
        supervisor.userId(),
        WorkDistribution.REASSIGNED,
        "task",
        taskId,
        before.districtId(),
        (before.assignee() == null ? "—" : before.assignee()) + " -> " + toUserId);
  }
}
