package cn.linggong.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.identity.DirectoryService;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.testsupport.MutableClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each district's directory is reviewed every period: one review per district and period however
 * often the check runs, a task for the district's caseworkers with a due date and an escalation
 * timer, and the review recorded when the task is done.
 */
@SpringBootTest
@org.springframework.context.annotation.Import(cn.linggong.testsupport.TestClock.class)
class DirectoryReviewTest {

  @Autowired DirectoryReviews reviews;
  @Autowired MarketDirectory directory;
  @Autowired DirectoryService people;
  @Autowired TaskCompletion completion;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired MutableClock clock;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private Task task(String district, String period) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(DirectoryReviews.businessKey(district, period))
        .singleResult();
  }

  @Test
  void periodsAreQuartersByDefault() {
    assertThat(reviews.period(LocalDate.of(2026, 12, 1))).isEqualTo("2026Q4");
    assertThat(reviews.period(LocalDate.of(2027, 1, 1))).isEqualTo("2027Q1");
    assertThat(reviews.period(LocalDate.of(2027, 6, 30))).isEqualTo("2027Q2");
  }

  @Test
  void eachDistrictGetsOneReviewTaskAPeriodWithADueDateAndAnEscalationTimer() {
    clock.set(OffsetDateTime.of(2027, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
    ClockUtil.setCurrentTime(java.util.Date.from(clock.instant()));
    int started = reviews.startDue();
    assertThat(started).isGreaterThanOrEqualTo(2);
    assertThat(reviews.startDue()).as("a second check starts nothing").isZero();

    Task gulou = task("kf-gulou", "2027Q2");
    assertThat(gulou).isNotNull();
    assertThat(gulou.getTenantId()).isEqualTo("kf-gulou");
    assertThat(gulou.getDueDate()).as("the limit market.directory-review from 1 April").isNotNull();
    assertThat(gulou.getDueDate().toInstant())
        .isAfter(clock.instant().plus(java.time.Duration.ofDays(13)));
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(gulou.getProcessInstanceId())
                .timers()
                .count())
        .isEqualTo(1);
    assertThat(
            taskService
                .createTaskQuery()
                .taskId(gulou.getId())
                .taskCandidateGroup("caseworker")
                .count())
        .isEqualTo(1);

    var caseworker = people.principal("caseworker1");
    assertThatThrownBy(
            () ->
                completion.complete(
                    caseworker, gulou.getId(), Map.of("confirmed", false, "note", "")))
        .isInstanceOf(cn.linggong.shared.validation.InvalidInputException.class);
    completion.complete(caseworker, gulou.getId(), Map.of("confirmed", true, "note", "新开州桥零工驿站一处"));

    DirectoryReview done = reviews.latest(caseworker, "kf-gulou").orElseThrow();
    assertThat(done.period()).isEqualTo("2027Q2");
    assertThat(done.reviewedBy()).isEqualTo("caseworker1");
    assertThat(done.note()).isEqualTo("新开州桥零工驿站一处");
    assertThat(done.markets()).isEqualTo((int) directory.count(caseworker, MarketFilter.all()));
    assertThat(task("kf-gulou", "2027Q2")).isNull();
  }
}
