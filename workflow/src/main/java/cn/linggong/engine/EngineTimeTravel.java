package cn.linggong.engine;

import java.time.Instant;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's side of replaying past months for demo data: holds the engine's clock (offered only
 * through the internal {@code ClockUtil}), runs the jobs that fall due as time moves on, as the job
 * executor would, and keeps the job executor paused meanwhile so that nothing runs twice. Used by
 * the demo-data generator only; the {@code prod} profile never calls it.
 */
@Component
@RequiredArgsConstructor
public class EngineTimeTravel {

  private static final Logger log = LoggerFactory.getLogger(EngineTimeTravel.class);

  /** Jobs a step of time may run at most: a guard against a job that keeps making itself due. */
  private static final int MAX_JOBS_PER_STEP = 10_000;

  private final ManagementService managementService;
  private final ProcessEngineConfigurationImpl configuration;

  /** Pauses the job executor (if it runs); returns whether it must be started again. */
  public boolean pauseJobExecutor() {
    JobExecutor executor = configuration.getJobExecutor();
    if (executor != null && executor.isActive()) {
      executor.shutdown();
      return true;
    }
    return false;
  }

  public void resumeJobExecutor() {
    JobExecutor executor = configuration.getJobExecutor();
    if (executor != null && !executor.isActive()) {
      executor.start();
    }
  }

  public void moveTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  public void release() {
    ClockUtil.reset();
  }

  /**
   * Runs every job due by the engine's "now", oldest first, including those the run makes due; a
   * job that fails keeps its retries as the job executor would count them, and is logged.
   */
  public int runDueJobs() {
    int ran = 0;
    java.util.Set<String> failed = new java.util.HashSet<>();
    while (ran < MAX_JOBS_PER_STEP) {
      // one at a time: a job may end others (a timer that ends a step ends its escalation)
      Job job =
          managementService
              .createJobQuery()
              .executable()
              .orderByJobDuedate()
              .asc()
              .listPage(0, failed.size() + 1)
              .stream()
              .filter(j -> !failed.contains(j.getId()))
              .findFirst()
              .orElse(null);
      if (job == null) {
        return ran;
      }
      try {
        managementService.executeJob(job.getId());
      } catch (ProcessEngineException e) {
        failed.add(job.getId());
        log.warn("Demo data: job {} failed: {}", job.getId(), e.getMessage());
      }
      ran++;
    }
    return ran;
  }
}
