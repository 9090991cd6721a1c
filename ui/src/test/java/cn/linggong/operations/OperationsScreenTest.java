package cn.linggong.operations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.assistance.AssistanceCases;
import cn.linggong.assistance.AssistanceFixture;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.JobPosting;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.worker.WorkerRegistry;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A letter whose job ran out of retries, as people see it: the case screen says it failed and that
 * the admins were told; the admin's 运维 screen lists it by process and step with what failed in
 * words, and its 重试 makes the letter once the cause is gone.
 */
@SpringBootTest
class OperationsScreenTest extends KaribuTestBase {

  @Autowired WorkerRegistry workers;
  @Autowired cn.linggong.worker.WorkerHardship hardship;
  @Autowired EmployerRegistry employers;
  @Autowired JobBoard jobs;
  @Autowired AssistanceCases cases;
  @Autowired TaskCompletion completion;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private Long hidden;

  @AfterEach
  void thePostingBack() {
    if (hidden != null) {
      jdbc.update("UPDATE job_posting SET id = ? WHERE id = ?", hidden, -hidden);
      hidden = null;
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFailedLetterShowsOnTheCaseAndOnTheOperationsScreenWhereARetryMakesIt() {
    AssistanceFixture f =
        new AssistanceFixture(
            directory, workers, hardship, employers, jobs, cases, completion, taskService);
    JobPosting job = f.job(f.employer("开封市运维测试保洁", true), "保洁员", "cleaning");
    String caseNo = f.referred("运维测", LocalDate.of(1984, 6, 1), LocalDate.now(), job);
    jdbc.update("UPDATE job_posting SET id = ? WHERE id = ?", -job.id(), job.id());
    hidden = job.id();
    Job letterJob =
        managementService
            .createJobQuery()
            .jobId(
                jdbc.queryForObject(
                    "SELECT r.job_id FROM letter_request r JOIN case_document d"
                        + " ON d.id = r.document_id WHERE d.case_no = ?",
                    String.class,
                    caseNo))
            .singleResult();
    while (managementService.createJobQuery().jobId(letterJob.getId()).singleResult().getRetries()
        > 0) {
      try {
        managementService.executeJob(letterJob.getId());
      } catch (RuntimeException expected) {
        // the posting is gone: each try fails until the retries are used up
      }
    }

    signIn("caseworker1");
    UI.getCurrent().navigate("assistance/" + caseNo);
    assertThat(
            _get(Span.class, spec -> spec.withAttribute("data-kind", "REFERRAL_LETTER")).getText())
        .endsWith("文书生成失败，已通知管理员");

    signIn("admin");
    UI.getCurrent().navigate("admin/operations");
    Grid<Incidents.Step> steps = _get(Grid.class, spec -> spec.withId("operations-steps"));
    assertThat(GridKt._size(steps)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(steps, 0)).containsExactly("困难零工帮扶", "岗位推荐", "1");
    Grid<Incidents.Failure> list = _get(Grid.class, spec -> spec.withId("operations-incidents"));
    assertThat(GridKt._size(list)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(list, 0))
        .contains(caseNo, "岗位推荐")
        .anyMatch(
            t ->
                t.equals(
                    "案件 " + caseNo + " 的文书“" + caseNo + "-推荐函-1.pdf”未能生成（已失败 5 次），办理步骤已完成，不受影响"));

    thePostingBack();
    _click((Button) GridKt._getCellComponent(list, 0, "action"));
    assertThat(GridKt._size(list)).isZero();
    assertThat(GridKt._size(steps)).isZero();
    assertThat(CaseSteps.makeLetters(managementService)).isEqualTo(1);

    signIn("caseworker1");
    UI.getCurrent().navigate("assistance/" + caseNo);
    assertThat(
            com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.html.Anchor.class))
        .anyMatch(a -> "REFERRAL_LETTER".equals(a.getElement().getAttribute("data-kind")));
  }
}
