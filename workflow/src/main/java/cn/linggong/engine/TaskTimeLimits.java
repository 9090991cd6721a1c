package cn.linggong.engine;

import cn.linggong.inbox.InboxService;
import cn.linggong.inbox.InboxTask;
import cn.linggong.sla.DateRule;
import cn.linggong.sla.Escalation;
import cn.linggong.sla.EscalationService;
import cn.linggong.sla.OverdueTask;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.TimeLimits;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Due dates and escalation for every user task, with no per-task Java. A BPMN user task names its
 * time limit as an extension property:
 *
 * <pre>{@code
 * <bpmn:userTask id="user_task_accept" name="受理审查">
 *   <bpmn:extensionElements>
 *     <camunda:properties><camunda:property name="timeLimit" value="complaint.acceptance"/></camunda:properties>
 *   </bpmn:extensionElements>
 * </bpmn:userTask>
 * }</pre>
 *
 * When such a task is created its due date is set from the time-limit table, its follow-up date to
 * the working day before, and a timer job is scheduled at the due date. If the task is still open
 * when the job runs, the task is escalated (recorded, supervisors told). The escalation closes when
 * the task ends. A user task that names no time limit fails the deployment.
 */
final class TaskTimeLimits {

  static final String PROPERTY = "timeLimit";
  static final String JOB_TYPE = "linggong-task-escalation";
  static final String LIMIT_VARIABLE = TimeLimits.TASK_LIMIT_VARIABLE;

  private TaskTimeLimits() {}

  /** Adds the listeners to every user task while BPMN is parsed. */
  static final class ParseListener extends AbstractBpmnParseListener {

    private final ObjectProvider<TimeLimits> timeLimits;
    private final ObjectProvider<EscalationService> escalations;
    private final ObjectProvider<InboxService> inbox;
    private final ObjectProvider<ProvisionalDates> provisional;
    private final ObjectProvider<cn.linggong.inbox.Absences> absences;

    ParseListener(
        ObjectProvider<TimeLimits> timeLimits,
        ObjectProvider<EscalationService> escalations,
        ObjectProvider<InboxService> inbox,
        ObjectProvider<ProvisionalDates> provisional,
        ObjectProvider<cn.linggong.inbox.Absences> absences) {
      this.timeLimits = timeLimits;
      this.escalations = escalations;
      this.inbox = inbox;
      this.provisional = provisional;
      this.absences = absences;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      String key = timeLimitOf(element);
      if (key == null || key.isBlank()) {
        throw new IllegalStateException(
            "User task '"
                + activity.getId()
                + "' names no time limit: add"
                + " <camunda:property name=\"timeLimit\" value=\"…\"/> to its extension elements");
      }
      var definition =
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      definition.addTaskListener(
          TaskListener.EVENTNAME_CREATE, new DueDateListener(key.trim(), timeLimits, provisional));
      definition.addTaskListener(TaskListener.EVENTNAME_CREATE, new OwnerListener(absences));
      InboxListener inboxSync = new InboxListener(inbox, provisional);
      definition.addTaskListener(TaskListener.EVENTNAME_CREATE, inboxSync);
      definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, inboxSync);
      definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, inboxSync);
      TaskListener close = new EndListener(escalations, provisional);
      definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, close);
      definition.addTaskListener(TaskListener.EVENTNAME_DELETE, close);
      definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, inboxSync);
      definition.addTaskListener(TaskListener.EVENTNAME_DELETE, inboxSync);
    }
  }

  /** The value of {@code <camunda:property name="timeLimit">} of a user task element. */
  static String timeLimitOf(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    if (extensions == null) {
      return null;
    }
    for (Element properties :
        extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
      for (Element property :
          properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (PROPERTY.equals(property.attribute("name"))) {
          return property.attribute("value");
        }
      }
    }
    return null;
  }

  /** Schedules the task's ladder timer to fire at {@code at}, in the current command. */
  static void scheduleLadder(DelegateTask task, Instant at) {
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(JOB_TYPE);
    timer.setJobHandlerConfigurationRaw(task.getId());
    timer.setDuedate(Date.from(at));
    timer.setProcessInstanceId(task.getProcessInstanceId());
    timer.setProcessDefinitionId(task.getProcessDefinitionId());
    timer.setTenantId(task.getTenantId());
    timer.setExclusive(true);
    Context.getCommandContext().getJobManager().schedule(timer);
  }

  /**
   * On create: due date, follow-up date, escalation timer; a due date computed from a provisional
   * year is noted, to be computed again when the year's arrangement is entered.
   */
  static final class DueDateListener implements TaskListener {

    private final String key;
    private final ObjectProvider<TimeLimits> timeLimits;
    private final ObjectProvider<ProvisionalDates> provisional;

    DueDateListener(
        String key,
        ObjectProvider<TimeLimits> timeLimits,
        ObjectProvider<ProvisionalDates> provisional) {
      this.key = key;
      this.timeLimits = timeLimits;
      this.provisional = provisional;
    }

    @Override
    public void notify(DelegateTask task) {
      TimeLimits limits = timeLimits.getObject();
      Instant now = ClockUtil.getCurrentTime().toInstant();
      DateRule rule = DateRule.limit(key);
      // a limit counted from a day the process names (the monitoring report: from the last day of
      // the month before), else from the task's creation
      Instant from =
          task.getVariable(TimeLimits.LIMIT_FROM_VARIABLE) instanceof Date named
              ? named.toInstant()
              : now;
      TimeLimits.Reckoned reckoned = limits.reckon(rule, from);
      Instant due = reckoned.at();
      task.setDueDate(Date.from(due));
      task.setFollowUpDate(Date.from(limits.workingDayBefore(due)));
      task.setVariableLocal(LIMIT_VARIABLE, key);
      provisional
          .getObject()
          .note(
              ProvisionalDates.TASK,
              task.getId(),
              task.getProcessInstanceId(),
              task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
              rule,
              from,
              reckoned);
      scheduleLadder(task, firstRung(task.getFollowUpDate().toInstant(), due, now, limits.zone()));
    }
  }

  /**
   * When the ladder's timer first fires: at the start of the follow-up day (the holder's warning)
   * when that is still to come, else at the due date (the escalation).
   */
  static Instant firstRung(Instant followUp, Instant due, Instant now, java.time.ZoneId zone) {
    Instant warning = warningAt(followUp, zone);
    return warning.isAfter(now) && warning.isBefore(due) ? warning : due;
  }

  private static Instant warningAt(Instant followUp, java.time.ZoneId zone) {
    return followUp.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
  }

  /**
   * On create: a step of a case with an owner ({@link cn.linggong.casefile.CaseOwners#VARIABLE})
   * goes to the owner when the owner works in the task's district and holds one of its candidate
   * groups (a supervisor's approval stays with the supervisors). The candidate groups stay: the
   * group still sees the step. While the owner is away ({@link cn.linggong.inbox.Absences}) the
   * step goes to the substitute instead, on the same conditions; else to the group.
   */
  static final class OwnerListener implements TaskListener {

    private final ObjectProvider<cn.linggong.inbox.Absences> absences;

    OwnerListener(ObjectProvider<cn.linggong.inbox.Absences> absences) {
      this.absences = absences;
    }

    @Override
    public void notify(DelegateTask task) {
      if (task.getAssignee() != null
          || !(task.getVariable(cn.linggong.casefile.CaseOwners.VARIABLE)
              instanceof String caseOwner)) {
        return;
      }
      String owner =
          absences
              .getObject()
              .substituteFor(caseOwner, ClockUtil.getCurrentTime().toInstant())
              .orElse(caseOwner);
      var identity = Context.getProcessEngineConfiguration().getIdentityService();
      boolean inDistrict =
          task.getTenantId() == null
              || identity.createTenantQuery().userMember(owner).tenantId(task.getTenantId()).count()
                  > 0;
      boolean works =
          task.getCandidates().stream()
              .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
              .filter(java.util.Objects::nonNull)
              .anyMatch(
                  group ->
                      identity.createUserQuery().userId(owner).memberOfGroup(group).count() > 0);
      if (inDistrict && works) {
        task.setAssignee(owner);
      }
    }
  }

  /** Keeps the inbox table in step with the task, in the engine's transaction. */
  static final class InboxListener implements TaskListener {

    private final ObjectProvider<InboxService> inbox;
    private final ObjectProvider<ProvisionalDates> provisional;

    InboxListener(
        ObjectProvider<InboxService> inbox, ObjectProvider<ProvisionalDates> provisional) {
      this.inbox = inbox;
      this.provisional = provisional;
    }

    @Override
    public void notify(DelegateTask task) {
      String event = task.getEventName();
      if (TaskListener.EVENTNAME_COMPLETE.equals(event)
          || TaskListener.EVENTNAME_DELETE.equals(event)) {
        inbox
            .getObject()
            .ended(
                task.getId(),
                TaskListener.EVENTNAME_COMPLETE.equals(event),
                ClockUtil.getCurrentTime().toInstant());
        return;
      }
      var definition =
          Context.getProcessEngineConfiguration()
              .getDeploymentCache()
              .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
      var row =
          new InboxTask(
              task.getId(),
              task.getName(),
              task.getTaskDefinitionKey(),
              task.getProcessInstanceId(),
              definition.getKey(),
              definition.getName(),
              task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
              task.getTenantId(),
              task.getAssignee(),
              task.getCreateTime().toInstant(),
              task.getDueDate() == null ? null : task.getDueDate().toInstant(),
              task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(),
              provisional.getObject().isProvisional(ProvisionalDates.TASK, task.getId()),
              task.getPriority(),
              task.getVariableLocal(LIMIT_VARIABLE) instanceof String limit ? limit : null);
      var candidates = task.getCandidates();
      var groups =
          candidates.stream()
              .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
              .filter(java.util.Objects::nonNull)
              .toList();
      var users =
          candidates.stream()
              .map(org.camunda.bpm.engine.task.IdentityLink::getUserId)
              .filter(java.util.Objects::nonNull)
              .toList();
      if (TaskListener.EVENTNAME_CREATE.equals(event)) {
        inbox.getObject().created(row, groups, users);
      } else {
        inbox.getObject().changed(row, groups, users);
      }
    }
  }

  /**
   * On complete or delete: the escalation timer goes, the escalation, if any, closes, and a
   * provisional due date needs no recomputation any more.
   */
  static final class EndListener implements TaskListener {

    private final ObjectProvider<EscalationService> escalations;
    private final ObjectProvider<ProvisionalDates> provisional;

    EndListener(
        ObjectProvider<EscalationService> escalations,
        ObjectProvider<ProvisionalDates> provisional) {
      this.escalations = escalations;
      this.provisional = provisional;
    }

    @Override
    public void notify(DelegateTask task) {
      var jobs = Context.getCommandContext().getJobManager();
      jobs.findJobsByConfiguration(JOB_TYPE, task.getId(), task.getTenantId())
          .forEach(JobEntity::delete);
      escalations.getObject().resolve(task.getId(), ClockUtil.getCurrentTime().toInstant());
      provisional.getObject().ended(ProvisionalDates.TASK, task.getId());
    }
  }

  /** The id of the task a timer job watches. */
  record TaskRef(String taskId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return taskId;
    }
  }

  /**
   * The escalation ladder, one timer per task that moves up a rung each time it fires: on the
   * follow-up day the holder is warned; at the due date the task is escalated to the district's
   * supervisors; {@code linggong.sla.second-level-working-days} working days later it goes up to
   * the city's supervisors. A rung passed while the job waited (a late run) is done once, a warning
   * that comes too late is skipped, and each mail is sent once (the outbox's key).
   */
  static final class EscalationJobHandler implements JobHandler<TaskRef> {

    private final ObjectProvider<EscalationService> escalations;
    private final ObjectProvider<TimeLimits> timeLimits;

    EscalationJobHandler(
        ObjectProvider<EscalationService> escalations, ObjectProvider<TimeLimits> timeLimits) {
      this.escalations = escalations;
      this.timeLimits = timeLimits;
    }

    @Override
    public String getType() {
      return JOB_TYPE;
    }

    @Override
    public void execute(
        TaskRef ref, ExecutionEntity execution, CommandContext context, String tenantId) {
      TaskEntity task = context.getTaskManager().findTaskById(ref.taskId());
      if (task == null || task.getDueDate() == null) {
        return; // ended before it was due
      }
      Instant due = task.getDueDate().toInstant();
      Instant now = ClockUtil.getCurrentTime().toInstant();
      java.time.ZoneId zone = timeLimits.getObject().zone();
      EscalationService ladder = escalations.getObject();
      if (now.isBefore(due)) {
        Instant warning =
            task.getFollowUpDate() == null
                ? now
                : warningAt(task.getFollowUpDate().toInstant(), zone);
        if (!now.isBefore(warning)) {
          ladder.warn(
              overdue(task, context, due),
              task.getCandidates().stream()
                  .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                  .filter(java.util.Objects::nonNull)
                  .toList());
        }
        // wait for the due date (also when an approved extension moved it)
        scheduleLadder(task, now.isBefore(warning) ? warning : due);
        return;
      }
      Escalation escalation = ladder.escalate(overdue(task, context, due), now);
      if (escalation.secondLevelAt() == null && escalation.districtId() != null) {
        Instant second = ladder.secondLevelAt(due);
        if (now.isBefore(second)) {
          scheduleLadder(task, second);
        } else {
          ladder.secondLevel(task.getId(), now);
        }
      }
    }

    private static OverdueTask overdue(TaskEntity task, CommandContext context, Instant due) {
      ExecutionEntity processInstance = task.getProcessInstance();
      String processKey =
          context
              .getProcessEngineConfiguration()
              .getDeploymentCache()
              .findDeployedProcessDefinitionById(task.getProcessDefinitionId())
              .getKey();
      Object limit = task.getVariableLocal(LIMIT_VARIABLE);
      return new OverdueTask(
          task.getId(),
          task.getName(),
          task.getTaskDefinitionKey(),
          task.getProcessInstanceId(),
          processKey,
          processInstance == null ? null : processInstance.getBusinessKey(),
          task.getTenantId(),
          task.getAssignee(),
          limit == null ? null : limit.toString(),
          due);
    }

    @Override
    public TaskRef newConfiguration(String canonicalString) {
      return new TaskRef(canonicalString);
    }

    @Override
    public void onDelete(TaskRef configuration, JobEntity jobEntity) {
      // nothing to clean up
    }
  }
}
