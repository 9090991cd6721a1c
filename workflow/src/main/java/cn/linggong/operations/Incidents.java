package cn.linggong.operations;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.DeferredLetters;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's open incidents as an admin reads them (the 运维 screen): by process and step, each
 * with what failed in words (a letter: which, of which case) beside the engine's own message, and a
 * retry. Cockpit shows the same incidents; this is for admins who do not read stack traces.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Incidents {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final HistoryService history;
  private final DeferredLetters letters;
  private final AuditService audit;
  private final Clock clock;
  private final Map<String, Optional<ProcessDefinition>> definitions = new ConcurrentHashMap<>();

  /**
   * One open incident.
   *
   * @param causeKey what failed, as a message key with {@code causeArguments}
   * @param technical the engine's message (for whoever fixes the cause)
   * @param failures how often the job failed
   */
  public record Failure(
      String incidentId,
      Instant at,
      String processKey,
      String processName,
      String activityId,
      String activityName,
      String caseNo,
      String jobId,
      long failures,
      String causeKey,
      List<Object> causeArguments,
      String technical) {}

  /** The open incidents of one step of one process. */
  public record Step(
      String processKey, String processName, String activityId, String activityName, long count) {}

  /** Every open incident, newest first. */
  @Transactional(readOnly = true)
  public List<Failure> open(LinggongUser user) {
    OperationsPolicy.INCIDENTS.check(user);
    return runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list().stream()
        .map(this::failure)
        .toList();
  }

  /** The open incidents counted by process and step. */
  @Transactional(readOnly = true)
  public List<Step> byStep(LinggongUser user) {
    Map<String, Step> steps = new LinkedHashMap<>();
    for (Failure f : open(user)) {
      steps.merge(
          f.processKey() + "/" + f.activityId(),
          new Step(f.processKey(), f.processName(), f.activityId(), f.activityName(), 1),
          (a, b) ->
              new Step(
                  a.processKey(),
                  a.processName(),
                  a.activityId(),
                  a.activityName(),
                  a.count() + b.count()));
    }
    return steps.values().stream()
        .sorted(
            Comparator.comparing(Step::count)
                .reversed()
                .thenComparing(s -> String.valueOf(s.processKey())))
        .toList();
  }

  /**
   * Gives the incident's job one more try, now (the incident is resolved; it comes back if the job
   * fails again). Audited.
   */
  @Transactional
  public void retry(LinggongUser user, String incidentId) {
    OperationsPolicy.INCIDENTS.check(user);
    Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
    if (incident == null || !Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
      throw new NotFoundException("operations.incident.notFound", incidentId);
    }
    String jobId = incident.getConfiguration();
    management.setJobDuedate(jobId, Date.from(clock.instant()));
    management.setJobRetries(jobId, 1);
    audit.record(
        user.userId(),
        "operations.retry",
        "job",
        jobId,
        null,
        incident.getProcessDefinitionId() + " " + incident.getActivityId());
  }

  private Failure failure(Incident i) {
    Optional<ProcessDefinition> definition = definition(i.getProcessDefinitionId());
    String processKey = definition.map(ProcessDefinition::getKey).orElse(null);
    String processName = definition.map(ProcessDefinition::getName).orElse(processKey);
    String jobId =
        Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType()) ? i.getConfiguration() : null;
    long failures =
        jobId == null ? 0 : history.createHistoricJobLogQuery().jobId(jobId).failureLog().count();
    Optional<DeferredLetters.Request> letter =
        jobId == null ? Optional.empty() : letters.ofJob(jobId);
    // a letter's job belongs to no execution: its step is the one that asked for the letter
    String activityId =
        i.getActivityId() != null
            ? i.getActivityId()
            : letter.map(DeferredLetters.Request::stepId).orElse(null);
    String activityName = activityName(i.getProcessDefinitionId(), activityId);
    String caseNo =
        letter
            .map(DeferredLetters.Request::caseNo)
            .orElseGet(() -> businessKey(i.getProcessInstanceId()));
    String causeKey;
    List<Object> arguments;
    if (letter.isPresent()) {
      causeKey = "operations.cause.letter";
      arguments = List.of(letter.get().caseNo(), letter.get().fileName(), failures);
    } else if (jobId != null) {
      causeKey = "operations.cause.job";
      arguments = List.of(failures);
    } else {
      causeKey = "operations.cause.other";
      arguments = List.of(String.valueOf(i.getIncidentType()));
    }
    return new Failure(
        i.getId(),
        i.getIncidentTimestamp().toInstant(),
        processKey,
        processName,
        activityId,
        activityName,
        caseNo,
        jobId,
        failures,
        causeKey,
        arguments,
        i.getIncidentMessage());
  }

  private String businessKey(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    var instance =
        runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private Optional<ProcessDefinition> definition(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return definitions.computeIfAbsent(
        id,
        k ->
            Optional.ofNullable(
                repository.createProcessDefinitionQuery().processDefinitionId(k).singleResult()));
  }

  private String activityName(String definitionId, String activityId) {
    if (definitionId == null || activityId == null) {
      return activityId;
    }
    FlowElement element =
        repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
    return element == null || element.getName() == null ? activityId : element.getName();
  }
}
