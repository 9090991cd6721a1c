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
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final EscalationMapper mapper;
  private final DirectoryService directory;
  private final cn.linggong.identity.Districts districts;
  private final Outbox outbox;
  private final MessageSource messages;
  private final ZoneId zone;

  EscalationService(
      EscalationMapper mapper,
      DirectoryService directory,
      cn.linggong.identity.Districts districts,
      Outbox outbox,
      MessageSource messages,
      java.time.Clock clock) {
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
