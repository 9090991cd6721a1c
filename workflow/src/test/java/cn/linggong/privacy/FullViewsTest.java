package cn.linggong.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import cn.linggong.testsupport.TestIds;
import cn.linggong.testsupport.TestUsers;
import cn.linggong.worker.WorkerRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Full views of personal data: audited with their purpose, too many in an hour mail the district's
 * supervisors and the admins once, and admins read the trail by person, worker and time.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class FullViewsTest {

  @Autowired WorkerRegistry workers;
  @Autowired cn.linggong.worker.WorkerHardship hardship;
  @Autowired FullViews fullViews;
  @Autowired FullViewProperties properties;
  @Autowired MutableClock clock;
  @Autowired DataSource dataSource;

  private long worker(LinggongUser caseworker) {
    return workers
        .register(
            caseworker,
            new WorkerRegistry.Registration(
                "查看" + UUID.randomUUID().toString().substring(0, 4),
                TestIds.idNumber(LocalDate.of(1980, 6, 6), false),
                TestIds.mobile(),
                null))
        .id();
  }

  private int alerts(String userId) {
    return new JdbcTemplate(dataSource)
        .queryForObject(
            "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'full-views' AND reference LIKE ?",
            Integer.class,
            "full-views-" + userId + "-%");
  }

  @Test
  void tooManyFullViewsInAnHourMailTheSupervisorsAndAdminsOnce() {
    String id = "viewer-" + UUID.randomUUID().toString().substring(0, 6);
    LinggongUser viewer = TestUsers.of(id, "kf-gulou", Roles.CASEWORKER);
    long worker = worker(viewer);
    for (int i = 0; i < properties.alertPerHour(); i++) {
      workers.fullIdNumber(viewer, worker, FullViewPurpose.CASE_HANDLING, null);
    }
    assertThat(alerts(id)).as("up to the threshold: no mail").isZero();

    workers.fullIdNumber(viewer, worker, FullViewPurpose.IDENTITY_CHECK, null);
    var recipients =
        new JdbcTemplate(dataSource)
            .queryForList(
                "SELECT recipient FROM mail_outbox WHERE kind = 'full-views' AND reference LIKE ?",
                String.class,
                "full-views-" + id + "-%");
    assertThat(recipients)
        .as("the district's supervisors and the admins")
        .containsExactlyInAnyOrder("supervisor1@linggong.example", "admin@linggong.example");
    hardship.hardship(viewer, worker, FullViewPurpose.CASE_HANDLING, null);
    assertThat(alerts(id)).as("once per person and hour").isEqualTo(2);

    var trail = fullViews.trail(TestUsers.admin(), id, String.valueOf(worker), null, null, 0, 100);
    assertThat(trail).hasSize(properties.alertPerHour() + 1);
    assertThat(trail.get(0).detail()).isEqualTo("purpose=IDENTITY_CHECK");
    assertThat(fullViews.count(TestUsers.admin(), id, null, null, null))
        .isEqualTo(properties.alertPerHour() + 1);
    assertThat(
            fullViews.count(
                TestUsers.admin(), id, null, clock.instant().plus(Duration.ofMinutes(1)), null))
        .as("nothing after now")
        .isZero();
    assertThatThrownBy(() -> fullViews.trail(viewer, id, null, null, null, 0, 10))
        .as("only admins read the trail")
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }
}
