package cn.linggong.engine;

import cn.linggong.casefile.DeferredLetters;
import cn.linggong.casefile.LetterQueue;
import java.util.List;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Letters are made by jobs of the engine, so that Camunda's clustering runs each once on whichever
 * node takes it, retries it on the engine's retry cycle, and shows one that runs out of retries as
 * an incident in Cockpit. Camunda has no public API for a job of the application's own: the job (a
 * {@link MessageEntity} with handler {@value #JOB_TYPE}) is made here, as the escalation timers are
 * ({@link TaskTimeLimits}). It names the process definition and the step that asked for the letter
 * but no process instance or execution: the engine deletes an instance's jobs when it ends, and a
 * case that ends with its letter (the closing record) must keep the job.
 */
@Component
public class EngineLetterQueue implements LetterQueue {

  public static final String JOB_TYPE = "linggong-letter";

  private final ProcessEngineConfigurationImpl configuration;

  EngineLetterQueue(@Lazy ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public Queued schedule(long documentId, String processInstanceId) {
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              MessageEntity job = new MessageEntity();
              job.setJobHandlerType(JOB_TYPE);
              job.setJobHandlerConfigurationRaw(Long.toString(documentId));
              job.setRetries(context.getProcessEngineConfiguration().getDefaultNumberOfRetries());
              job.setExclusive(false);
              ExecutionEntity instance =
                  processInstanceId == null
                      ? null
                      : context.getExecutionManager().findExecutionById(processInstanceId);
              if (instance != null) {
                job.setProcessDefinitionId(instance.getProcessDefinitionId());
                job.setProcessDefinitionKey(instance.getProcessDefinition().getKey());
                job.setDeploymentId(instance.getProcessDefinition().getDeploymentId());
                job.setTenantId(instance.getTenantId());
              }
              context.getJobManager().send(job);
              return new Queued(job.getId(), instance == null ? null : currentActivity(instance));
            });
  }

  /** The step the case is at (a user task, when a person's step asked for the letter). */
  private static String currentActivity(ExecutionEntity instance) {
    if (instance.getActivityId() != null) {
      return instance.getActivityId();
    }
    return instance.getExecutions().stream()
        .map(ExecutionEntity::getActivityId)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The document a letter job makes. */
  record DocumentRef(long documentId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return Long.toString(documentId);
    }
  }

  /** Runs a letter job: {@link DeferredLetters#render}. */
  static final class LetterJobHandler implements JobHandler<DocumentRef> {

    private final ObjectProvider<DeferredLetters> letters;

    LetterJobHandler(ObjectProvider<DeferredLetters> letters) {
      this.letters = letters;
    }

    @Override
    public String getType() {
      return JOB_TYPE;
    }

    @Override
    public void execute(
        DocumentRef ref, ExecutionEntity execution, CommandContext context, String tenantId) {
      letters.getObject().render(ref.documentId());
    }

    @Override
    public DocumentRef newConfiguration(String canonicalString) {
      return new DocumentRef(Long.parseLong(canonicalString));
    }

    @Override
    public void onDelete(DocumentRef configuration, JobEntity jobEntity) {
      // the document stays pending; nothing else to undo
    }
  }

  /**
   * Camunda's incident for a failed job, plus: a letter job's document shows as failed and the
   * admins are mailed; a retry (the incident resolved) makes it pending again.
   */
  static final class LetterIncidents implements IncidentHandler {

    private final DefaultIncidentHandler camunda =
        new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE);
    private final ObjectProvider<DeferredLetters> letters;

    LetterIncidents(ObjectProvider<DeferredLetters> letters) {
      this.letters = letters;
    }

    @Override
    public String getIncidentHandlerType() {
      return Incident.FAILED_JOB_HANDLER_TYPE;
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
      Incident incident = camunda.handleIncident(context, message);
      letters.getObject().failed(context.getConfiguration(), message);
      return incident;
    }

    @Override
    public void resolveIncident(IncidentContext context) {
      camunda.resolveIncident(context);
      letters.getObject().retrying(context.getConfiguration());
    }

    @Override
    public void deleteIncident(IncidentContext context) {
      camunda.deleteIncident(context);
    }
  }

  /**
   * Camunda 7.24 applies a retry cycle only to jobs of a BPMN activity (timers, async
   * continuations); a letter job gets {@code linggong.document.retry-cycle} here: the first failure
   * sets the retries to the cycle's count, each failure waits the cycle's interval (the job's due
   * date), the last one leaves no retries and the engine's incident. Other jobs keep Camunda's own.
   */
  static final class LetterRetries implements FailedJobCommandFactory {

    private final String cycle;

    LetterRetries(String cycle) {
      this.cycle = cycle;
    }

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
      return new DefaultJobRetryCmd(jobId, exception) {
        @Override
        public Object execute(CommandContext context) {
          JobEntity job = getJob();
          if (job == null || !JOB_TYPE.equals(job.getJobHandlerType())) {
            return super.execute(context);
          }
          DurationHelper interval;
          try {
            interval = new DurationHelper(cycle);
          } catch (Exception e) {
            throw new IllegalStateException("linggong.document.retry-cycle " + cycle, e);
          }
          if (isFirstJobExecution(job)) {
            job.setRetries(interval.getTimes());
          }
          logException(job);
          job.setDuedate(interval.getDateAfter());
          job.unlock();
          decrementRetries(job);
          notifyAcquisition(context);
          return null;
        }
      };
    }
  }

  static List<IncidentHandler> incidentHandlers(ObjectProvider<DeferredLetters> letters) {
    return List.of(new LetterIncidents(letters));
  }
}
