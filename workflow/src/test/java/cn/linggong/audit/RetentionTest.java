package cn.linggong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.casefile.TimelineRetention;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * History is kept as the README says: Camunda's history for {@code linggong.retention.history} with
 * its cleanup job in the nightly window, the audit trail and the case timelines for their own
 * periods, purged in batches.
 */
@SpringBootTest(properties = "linggong.retention.batch-size=2")
class RetentionTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Autowired RetentionProperties retention;
  @Autowired AuditRetention auditRetention;
  @Autowired TimelineRetention timelineRetention;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;

  @Test
  void theEngineKeepsHistoryThreeYearsAndSchedulesItsCleanupInTheNightlyWindow() {
    assertThat(retention.audit()).isEqualTo(Duration.ofDays(1825));
    assertThat(engineConfiguration.getHistoryTimeToLive()).isEqualTo("P1095D");
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().list();
    assertThat(definitions).isNotEmpty();
    // no process sets its own: the configured time to live applies to every one
    assertThat(definitions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(1095));

    List<Job> cleanup = historyService.findHistoryCleanupJobs();
    assertThat(cleanup).isNotEmpty();
    LocalTime start = LocalTime.of(22, 0);
    LocalTime end = LocalTime.of(6, 0);
    for (Job job : cleanup) {
      LocalTime due = LocalTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
      // the window's start, or now when the test runs inside the window
      assertThat(!due.isBefore(start) || due.isBefore(end)).as(due.toString()).isTrue();
    }
    assertThat(engineConfiguration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(engineConfiguration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
  }

  @Test
  void auditEntriesOlderThanTheirPeriodArePurgedInBatchesAndNewerOnesStay() {
    Instant now = clock.instant();
    Instant expired = now.minus(retention.audit()).minus(Duration.ofDays(1));
    Instant kept = now.minus(retention.audit()).plus(Duration.ofDays(1));
    for (int i = 0; i < 5; i++) {
      audit("retention-old-" + i, expired.minusSeconds(i));
    }
    audit("retention-kept", kept);

    assertThat(auditRetention.purgeExpired()).isGreaterThanOrEqualTo(5);

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE subject_id LIKE 'retention-old-%'",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE subject_id = 'retention-kept'",
                Integer.class))
        .isEqualTo(1);
    assertThat(auditRetention.purgeExpired()).isZero();
  }

  @Test
  void timelineEntriesOlderThanTheirPeriodArePurgedAndNewerOnesStay() {
    Instant now = clock.instant();
    Instant expired = now.minus(retention.timeline()).minus(Duration.ofDays(1));
    Instant kept = now.minus(retention.timeline()).plus(Duration.ofDays(1));
    for (int i = 0; i < 3; i++) {
      event("RT-OLD", i, expired.minusSeconds(i));
    }
    event("RT-KEPT", 0, kept);

    assertThat(timelineRetention.purgeExpired()).isEqualTo(3);

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM case_event WHERE case_no = 'RT-OLD'", Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM case_event WHERE case_no = 'RT-KEPT'", Integer.class))
        .isEqualTo(1);
  }

  private void audit(String subject, Instant at) {
    jdbc.update(
        "INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id)"
            + " VALUES (?, 'admin', 'test.retention', 'test', ?)",
        Timestamp.from(at),
        subject);
  }

  private void event(String caseNo, int seq, Instant at) {
    jdbc.update(
        "INSERT INTO case_event (case_type, case_no, kind, seq, done_at, done_by)"
            + " VALUES ('test', ?, 'NOTE', ?, ?, 'admin')",
        caseNo,
        seq,
        Timestamp.from(at));
  }
}
