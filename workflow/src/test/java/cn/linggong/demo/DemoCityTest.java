package cn.linggong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A first start with demo users plays a small demo city through the real services: people,
 * employers and postings registered, cases of both types at many stages with months of history,
 * steps done by the demo users, letters made, and nothing refused on the way.
 */
@SpringBootTest(properties = {"linggong.demo-data.cases=60", "linggong.demo-data.months=6"})
class DemoCityTest {

  @Autowired DemoCity city;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }

  @Test
  void aFirstStartSeedsALivingCityThroughTheServicesWithoutARefusal() {
    DemoCity.Played played = city.played().orElseThrow();
    assertThat(played.failed()).as("events the services refused").isZero();
    assertThat(played.events()).isGreaterThan(100);

    assertThat(count("SELECT COUNT(DISTINCT district_id) FROM worker")).isGreaterThanOrEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM worker_hardship_tag")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM employer WHERE verified")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM employer WHERE NOT verified")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM job_posting")).isPositive();

    assertThat(count("SELECT COUNT(*) FROM assistance_case")).isEqualTo(60 * 55 / 100);
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(60 * 45 / 100);
    assertThat(count("SELECT COUNT(*) FROM assistance_case WHERE state = 'OPEN'")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM assistance_case WHERE state = 'CLOSED'")).isPositive();
    assertThat(count("SELECT COUNT(DISTINCT outcome) FROM assistance_case")).isGreaterThan(1);
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE state = 'OPEN'")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE state = 'CLOSED'")).isPositive();
    assertThat(count("SELECT COUNT(DISTINCT stage) FROM complaint")).isGreaterThan(2);
    assertThat(count("SELECT COUNT(*) FROM case_document WHERE case_type = 'assistance'"))
        .isPositive();
    assertThat(count("SELECT COUNT(*) FROM case_document WHERE case_type = 'complaint'"))
        .isPositive();

    // history over the months behind today, not all of it today
    Instant earliest =
        jdbc.queryForObject("SELECT MIN(opened_at) FROM assistance_case", java.sql.Timestamp.class)
            .toInstant();
    assertThat(earliest).isBefore(Instant.now().minus(30, ChronoUnit.DAYS));

    // work waits in the inboxes, and what was done was done by the demo users
    assertThat(taskService.createTaskQuery().active().count()).isPositive();
    // completed by a person (not ended by a timer or a withdrawal)
    List<HistoricTaskInstance> done =
        historyService.createHistoricTaskInstanceQuery().finished().list().stream()
            .filter(t -> "completed".equals(t.getDeleteReason()))
            .toList();
    assertThat(done).isNotEmpty();
    assertThat(done)
        .extracting(HistoricTaskInstance::getAssignee)
        .allMatch(
            Set.of(
                    "caseworker1",
                    "caseworker2",
                    "caseworker3",
                    "mediator1",
                    "mediator3",
                    "mediator2",
                    "supervisor1",
                    "supervisor2")
                ::contains);
    assertThat(done.stream().map(t -> t.getEndTime().toInstant()).min(Instant::compareTo))
        .get()
        .matches(t -> t.isBefore(Instant.now().minus(30, ChronoUnit.DAYS)));
  }

  @Test
  void aStartWithGigWorkersRegisteredSeedsNothingMore() {
    int workers = count("SELECT COUNT(*) FROM worker");
    city.start();
    assertThat(count("SELECT COUNT(*) FROM worker")).isEqualTo(workers);
  }
}
