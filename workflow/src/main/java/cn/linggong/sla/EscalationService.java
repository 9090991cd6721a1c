package cn.linggong.sla;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.District;
import cn.linggong.identity.Roles;
import cn.linggong.notification.Outbox;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a user task passed its due date and tells the supervisors of its district (city
 * supervisors for a task of no district) by mail through the outbox, in the same transaction. A
 * task is escalated once; the escalation closes when the task ends.
 */
@Service
public class EscalationService {

  private static final Logger log = LoggerFactory.getLogger(EscalationService.class);
  static final String MAIL_KIND = "escalation";
  static final String WARNING_KIND = "task-warning";
  static final String SECOND_LEVEL_KIND = "escalation-second";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final EscalationMapper mapper;
  private final DirectoryService directory;
  private final cn.linggong.identity.Districts districts;
  private final Outbox outbox;
  private final MessageSource messages;
  private final ZoneId zone;
  private final TimeLimits timeLimits;
  private final SlaProperties properties;

  EscalationService(
      EscalationMapper mapper,
      DirectoryService directory,
      cn.linggong.identity.Districts districts,
      Outbox outbox,
      MessageSource messages,
      java.time.Clock clock,
      TimeLimits timeLimits,
      SlaProperties properties) {
    this.timeLimits = timeLimits;
    this.properties = properties;
    this.mapper = mapper;
    this.directory = directory;
    this.districts = districts;
    this.outbox = outbox;
    this.messages = messages;
    this.zone = clock.getZone();
  }

  /**
   * Escalates a task once; returns the escalation (the existing one when it was escalated before).
   */
  @Transactional
  public Escalation escalate(OverdueTask task, Instant now) {
    Optional<Escalation> existing = mapper.findByTask(task.taskId());
    if (existing.isPresent()) {
      return existing.get();
    }
    EscalationMapper.EscalationRow row = new EscalationMapper.EscalationRow();
    row.taskId = task.taskId();
    row.taskName = task.taskName();
    row.taskDefinitionKey = task.taskDefinitionKey();
    row.processInstanceId = task.processInstanceId();
    row.processDefinitionKey = task.processDefinitionKey();
    row.businessKey = task.businessKey();
    row.districtId = task.districtId();
    row.assignee = task.assignee();
    row.timeLimitKey = task.timeLimitKey();
    row.dueAt = task.dueAt();
    row.escalatedAt = now;
    mapper.insert(row);
    notifySupervisors(row);
    log.info(
        "Task {} of case {} escalated: due {}", task.taskId(), task.businessKey(), task.dueAt());
    return mapper.findByTask(task.taskId()).orElseThrow();
  }

  /**
   * The ladder's first rung, on the follow-up date: the holder of a task that is not done yet is
   * warned (an unassigned task's people: the members of its groups in its district). Each person
   * gets the warning of a task once, however often this runs.
   */
  @Transactional
  public void warn(OverdueTask task, java.util.Collection<String> candidateGroups) {
    java.util.Set<String> people = new java.util.TreeSet<>();
    if (task.assignee() != null) {
      people.add(task.assignee());
    } else {
      for (String group : candidateGroups) {
        people.addAll(
            task.districtId() == null
                ? directory.contacts(group, null).stream()
                    .map(DirectoryService.Contact::userId)
                    .toList()
                : directory.usersWithRole(group, task.districtId()));
      }
    }
    for (String userId : people) {
      directory
          .contact(userId)
          .ifPresent(
              c ->
                  outbox.queue(
                      WARNING_KIND,
                      "warning-" + task.taskId(),
                      c.email(),
                      c.locale(),
                      task.businessKey() == null ? "—" : task.businessKey(),
                      task.taskName() == null ? task.taskDefinitionKey() : task.taskName(),
                      TIME.format(task.dueAt().atZone(zone))));
    }
    log.info("Task {} of case {} warned: due {}", task.taskId(), task.businessKey(), task.dueAt());
  }

  /** When an escalated task due at {@code due} goes up to the city's supervisors. */
  public Instant secondLevelAt(Instant due) {
    return timeLimits.workingDaysLateFrom(due, properties.secondLevelWorkingDays());
  }

  /**
   * The ladder's second level: an escalated task still open {@code
   * linggong.sla.second-level-working-days} working days after its due date is told to the city's
   * supervisors, once (a task of no district has been with them from the first escalation).
   */
  @Transactional
  public void secondLevel(String taskId, Instant now) {
    Escalation escalation = mapper.findByTask(taskId).orElse(null);
    if (escalation == null
        || escalation.resolvedAt() != null
        || mapper.markSecondLevel(taskId, now) == 0) {
      return; // not escalated, ended, or gone up before
    }
    if (escalation.districtId() == null) {
      return;
    }
    String district =
        districts
            .district(escalation.districtId())
            .map(District::name)
            .orElse(escalation.districtId());
    int late = timeLimits.workingDaysLate(escalation.dueAt(), now);
    for (DirectoryService.Contact supervisor : directory.contacts(Roles.SUPERVISOR, null)) {
      outbox.queue(
          SECOND_LEVEL_KIND,
          "escalation-second-" + escalation.id(),
          supervisor.email(),
          supervisor.locale(),
          escalation.businessKey() == null ? "—" : escalation.businessKey(),
          escalation.taskName() == null ? escalation.taskDefinitionKey() : escalation.taskName(),
          district,
          TIME.format(escalation.dueAt().atZone(zone)),
          escalation.assignee() == null
              ? messages.getMessage("mail.escalation.unassigned", null, supervisor.locale())
              : escalation.assignee(),
          late);
    }
    log.info(
        "Task {} of case {} went up to the city: {} working days late",
        taskId,
        escalation.businessKey(),
        late);
  }

  /** Closes the escalation of a task that ended (completed or deleted). */
  @Transactional
  public void resolve(String taskId, Instant now) {
    mapper.resolve(taskId, now);
  }

  @Transactional(readOnly = true)
  public Optional<Escalation> ofTask(String taskId) {
    return mapper.findByTask(taskId);
  }

  /** Open escalations of the supervisor's district, or of all districts at city level. */
  @Transactional(readOnly = true)
  public List<Escalation> open(cn.linggong.identity.LinggongUser user, int offset, int limit) {
    TimeLimitPolicy.SUPERVISE.check(user);
    return mapper.findOpen(user.districtId(), offset, limit);
  }

  @Transactional(readOnly = true)
  public long countOpen(cn.linggong.identity.LinggongUser user) {
    TimeLimitPolicy.SUPERVISE.check(user);
    return mapper.countOpen(user.districtId());
  }

  private void notifySupervisors(EscalationMapper.EscalationRow row) {
    List<DirectoryService.Contact> supervisors =
        directory.contacts(Roles.SUPERVISOR, row.districtId);
    if (supervisors.isEmpty()) {
      log.warn(
          "Task {} escalated but its district {} has no supervisor with an e-mail address",
          row.taskId,
          row.districtId);
    }
    for (DirectoryService.Contact supervisor : supervisors) {
      String district =
          row.districtId == null
              ? messages.getMessage("role.city", null, supervisor.locale())
              : districts.district(row.districtId).map(District::name).orElse(row.districtId);
      String assignee =
          row.assignee == null
              ? messages.getMessage("mail.escalation.unassigned", null, supervisor.locale())
              : row.assignee;
      outbox.queue(
          MAIL_KIND,
          "escalation-" + row.id,
          supervisor.email(),
          supervisor.locale(),
          row.businessKey == null ? "—" : row.businessKey,
          row.taskName == null ? row.taskDefinitionKey : row.taskName,
          district,
          TIME.format(row.dueAt.atZone(zone)),
          assignee);
    }
  }
}
