package cn.linggong.inbox;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.Explained;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A supervisor's work distribution and a worker's "下一件". A bulk action is one action per task, each
 * in its own transaction and audited: a task the supervisor may not touch (another district, nobody
 * eligible, gone meanwhile) is refused with its reason and the others go ahead.
 */
@Slf4j
@Service
public class WorkDistribution {

  /** Audit actions, one per task. */
  static final String REASSIGNED = "TASK_REASSIGNED";

  static final String RETURNED = "TASK_RETURNED";

  /** The longest login or task id (the engine's id columns). */
  private static final int ID_MAX = 64;

  /** How many tasks "下一件" tries when others take them first. */
  private static final int NEXT_TRIES = 5;

  private final InboxService inbox;
  private final Reassignment reassignment;
  private final InboxMapper mapper;
  private final AuditService audit;
  private final TransactionTemplate perTask;
  private final int bulkMax;

  WorkDistribution(
      InboxService inbox,
      Reassignment reassignment,
      InboxMapper mapper,
      AuditService audit,
      PlatformTransactionManager transactions,
      @Value("${linggong.inbox.bulk-max}") int bulkMax) {
    this.inbox = inbox;
    this.reassignment = reassignment;
    this.mapper = mapper;
    this.audit = audit;
    this.perTask = new TransactionTemplate(transactions);
    this.perTask.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.bulkMax = bulkMax;
  }

  /** Gives each task to {@code toUserId}; refuses those of which the person is not eligible. */
  public BulkResult reassignAll(LinggongUser supervisor, List<String> taskIds, String toUserId) {
    InboxPolicy.REASSIGN.check(supervisor);
    InvalidInputException.Collector errors = checked(taskIds);
    if (toUserId == null || toUserId.isBlank()) {
      errors.add("userId", "validation.required");
    } else {
      errors.maxLength("userId", toUserId, ID_MAX);
    }
    errors.throwIfAny();
    return each(
        supervisor, taskIds, task -> reassignment.reassign(supervisor, task.taskId(), toUserId));
  }

  /** Gives each task back to its groups (a task nobody holds is left as it is). */
  public BulkResult returnAll(LinggongUser supervisor, List<String> taskIds) {
    InboxPolicy.OVERSEE.check(supervisor);
    checked(taskIds).throwIfAny();
    return each(
        supervisor,
        taskIds,
        task -> {
          if (task.assignee() == null) {
            throw new ConflictException("inbox.bulk.notHeld");
          }
          inbox.unclaim(supervisor, task.taskId());
          audit.record(
              supervisor.userId(),
              RETURNED,
              "task",
              task.taskId(),
              task.districtId(),
              holder(task));
        });
  }

  /**
   * The most urgent task nobody holds of the person's groups (in the own district; city level:
   * any): the earliest due date, then the highest priority, then the oldest; taken for the person.
   * Empty when there is none.
   */
  @Transactional
  public Optional<InboxTask> next(LinggongUser user) {
    InboxPolicy.WORK.check(user);
    List<String> groups = user.roles().stream().sorted().map(r -> "g:" + r).toList();
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    String district = user.cityLevel() ? null : user.districtId();
    for (int i = 0; i < NEXT_TRIES; i++) {
      java.time.Instant due = mapper.earliestDue(groups, district);
      if (due == null) {
        return Optional.empty();
      }
      InboxTask task = mapper.mostUrgentAt(groups, district, due);
      if (task == null) {
        continue;
      }
      try {
        inbox.claim(user, task.taskId());
        return Optional.of(inbox.find(user, task.taskId()));
      } catch (ConflictException | cn.linggong.shared.ForbiddenException taken) {
        log.debug("Task {} was not for {}: {}", task.taskId(), user.userId(), taken.getMessage());
      }
    }
    return Optional.empty();
  }

  /** The tasks a person holds in a district (null: all), for handing them on. */
  List<InboxTask> heldBy(String userId, String districtId) {
    return mapper.findHeldBy(userId, districtId);
  }

  BulkResult each(LinggongUser supervisor, List<String> taskIds, Consumer<InboxTask> action) {
    List<String> done = new ArrayList<>();
    List<BulkResult.Refusal> refused = new ArrayList<>();
    for (String taskId : new LinkedHashSet<>(taskIds)) {
      try {
        perTask.executeWithoutResult(
            status -> {
              InboxTask task = inbox.find(supervisor, taskId);
              action.accept(task);
            });
        done.add(taskId);
      } catch (NotFoundException e) {
        refused.add(new BulkResult.Refusal(taskId, null, e.messageKey(), List.of(taskId)));
      } catch (InvalidInputException e) {
        var v = e.violations().get(0).violation();
        refused.add(
            new BulkResult.Refusal(taskId, businessKey(taskId), v.messageKey(), v.arguments()));
      } catch (RuntimeException e) {
        Optional<Explained> why =
            e instanceof Explained explained ? Optional.of(explained) : Optional.empty();
        if (why.isEmpty() && !(e instanceof AccessDeniedException)) {
          throw e;
        }
        refused.add(
            new BulkResult.Refusal(
                taskId,
                businessKey(taskId),
                why.map(Explained::messageKey).orElse("inbox.bulk.forbidden"),
                why.map(w -> w.message().arguments()).orElse(List.of())));
      }
    }
    return new BulkResult(List.copyOf(done), List.copyOf(refused));
  }

  private String businessKey(String taskId) {
    InboxTask task = mapper.find(taskId);
    return task == null ? null : task.businessKey();
  }

  private InvalidInputException.Collector checked(List<String> taskIds) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (taskIds == null || taskIds.isEmpty()) {
      errors.add("taskIds", "inbox.bulk.none");
    } else if (taskIds.size() > bulkMax) {
      errors.add("taskIds", "inbox.bulk.tooMany", bulkMax);
    } else if (taskIds.stream().anyMatch(id -> id == null || id.isBlank())) {
      errors.add("taskIds", "inbox.bulk.blankId");
    } else if (taskIds.stream().anyMatch(id -> id.length() > ID_MAX)) {
      errors.add("taskIds", "inbox.bulk.badId");
    }
    return errors;
  }

  private static String holder(InboxTask task) {
    return task.assignee() == null ? "—" : task.assignee();
  }
}
