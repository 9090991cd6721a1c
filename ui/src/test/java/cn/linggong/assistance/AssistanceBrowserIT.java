package cn.linggong.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.JobPosting;
import cn.linggong.employer.PayUnit;
import cn.linggong.employer.Settlement;
import cn.linggong.employer.SkillLevel;
import cn.linggong.identity.DirectoryService;
import cn.linggong.testsupport.EnabledWithChromium;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A caseworker in Chromium registers a hardship worker, opens a case and works it step by step to a
 * hire and the follow-up visit; the referral letter and the assistance record are fetched and their
 * Chinese text read back with PDFBox. The engine's clock is moved for the 30-day wait.
 */
@EnabledWithChromium
class AssistanceBrowserIT extends cn.linggong.shell.CaseJourney {

  private static final Instant TEN_ON_MARCH_2 =
      OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
  private static final String ID_NUMBER = "410204197204040026";

  @Autowired DirectoryService directory;
  @Autowired EmployerRegistry employers;
  @Autowired JobBoard jobs;
  @Autowired WorkerRegistry workers;
  @Autowired AssistanceCases cases;
  @Autowired ManagementService managementService;

  @Override
  protected Instant start() {
    return TEN_ON_MARCH_2;
  }

  private void completeTask(String taskKey) {
    b.open(caseUrl());
    b.click("open-task-" + taskKey);
    b.byId("task-form");
  }

  private String caseNo;

  private String caseUrl() {
    return "/assistance/" + caseNo;
  }

  private void done() {
    b.completeTask();
  }

  @Test
  void aCaseworkerRegistersAWorkerAndWorksHerCaseToAHireAndTheFollowUp() throws Exception {
    var caseworker = directory.principal("caseworker1");
    Employer employer =
        employers.register(
            caseworker,
            new EmployerRegistry.Registration(
                Employer.Kind.ORGANIZATION,
                "开封市鼓楼区安居家政服务有限公司",
                "91410204MA47Y8YX0Y",
                null,
                "孟经理",
                "13700003333",
                "鼓楼区西大街20号",
                null));
    employers.verify(caseworker, employer.id());
    JobPosting job =
        jobs.post(
            caseworker,
            new JobBoard.Draft(
                employer.id(),
                "家庭保洁员",
                "domestic",
                SkillLevel.NONE,
                2,
                null,
                "鼓楼区西大街20号",
                LocalDate.of(2026, 3, 9),
                null,
                "9:00-17:00",
                new BigDecimal("170.00"),
                PayUnit.DAY,
                Settlement.WEEKLY,
                LocalDate.of(2026, 3, 9),
                "孟经理",
                "13700003333"));

    b.signIn("caseworker1");
    b.open("/workers");
    b.click("worker-register");
    b.type("worker-name", "刘桂兰");
    b.type("worker-id-number", ID_NUMBER);
    b.type("worker-mobile", "13955556666");
    b.click("worker-save");
    // the hardship facts follow: 低保
    b.pick("hardship-low-income", "vaadin-select-item", "低保");
    b.click("hardship-save");
    Worker worker = workers.search(caseworker, "刘桂兰", null, null, null, null, 0, 1).get(0);
    b.type("worker-search-name", "刘桂兰");
    b.click("worker-open-case-" + worker.id());
    b.click("open-case-confirm");
    b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("assistance-case-view")));
    caseNo =
        cases
            .search(caseworker, AssistanceCase.State.OPEN, worker.id(), null, 0, 1)
            .get(0)
            .caseNo();
    assertThat(b.byId("worker-card").getText())
        .contains("410204********0026")
        .doesNotContain(ID_NUMBER);
    b.screenshot("assistance-case-opened");

    b.openFromHome(caseNo);
    b.check("field-factsConfirmed");
    done();

    completeTask("user_task_guidance");
    b.date("field-guidanceDate", LocalDate.of(2026, 3, 2));
    b.type("field-content", "讲解家政岗位要求，制定求职计划");
    WebElement categories = b.byId("field-intendedCategories").findElement(By.cssSelector("input"));
    categories.click();
    categories.sendKeys("家政");
    WebElement domestic =
        b.waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//vaadin-multi-select-combo-box-item[contains(., '家政服务')]")));
    b.driver().executeScript("arguments[0].click();", domestic);
    categories.sendKeys(Keys.ESCAPE);
    b.settle();
    done();

    completeTask("user_task_referral");
    WebElement posting =
        b.waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//vaadin-grid-cell-content[contains(., '家庭保洁员')]")));
    b.driver().executeScript("arguments[0].click();", posting);
    b.settle();
    b.screenshot("assistance-job-picker");
    done();

    completeTask("user_task_referral_outcome");
    b.radio("field-referralOutcome", "已录用");
    b.date("field-startDate", LocalDate.of(2026, 3, 9));
    done();

    b.open(caseUrl());
    assertThat(b.byId("case-progress").getText()).isEqualTo("指导 1/1 · 推荐 1/3 · 培训 0/1 · 安置 —");
    // the letter is made by a job after the step; the screen says so, then shows it by itself
    assertThat(
            b.driver()
                .findElement(By.cssSelector("#case-documents [data-kind='REFERRAL_LETTER']"))
                .getText())
        .endsWith("正在生成…");
    // the tests run without the job executor: the letter's job runs here, as the executor would
    assertThat(cn.linggong.testsupport.CaseSteps.makeLetters(managementService)).isEqualTo(1);
    b.waiting()
        .until(
            d ->
                d.findElements(By.cssSelector("#case-documents a[data-kind='REFERRAL_LETTER']"))
                        .size()
                    == 1);
    assertThat(jobs.byId(job.id()).orElseThrow().hired()).isEqualTo(1);

    // thirty days on, the follow-up visit falls due
    String pid = cases.find(caseworker, caseNo).processInstanceId();
    Job wait30 =
        managementService
            .createJobQuery()
            .processInstanceId(pid)
            .timers()
            .activityId(AssistanceProcess.TIMER_FOLLOW_UP_WAIT)
            .singleResult();
    moveTo(wait30.getDuedate().toInstant());
    managementService.executeJob(wait30.getId());

    completeTask("user_task_follow_up");
    b.date("field-visitDate", LocalDate.of(2026, 4, 1));
    b.radio("field-stillEmployed", "在岗");
    b.type("field-problems", "工作稳定，雇主按周结算");
    done();

    cn.linggong.testsupport.CaseSteps.makeLetters(managementService);
    b.open(caseUrl());
    assertThat(b.byId("case-state").getText()).isEqualTo("已结案");
    assertThat(b.byId("case-outcome").getText()).isEqualTo("稳定就业");
    assertThat(b.byId("case-timeline").getText()).contains("跟踪回访");
    b.screenshot("assistance-case-closed");

    CaseView view = cases.view(caseworker, caseNo);
    long letter = documentId(view, AssistanceSteps.REFERRAL_LETTER);
    long record = documentId(view, AssistanceClosing.RECORD);
    assertThat(
            b.documentText(
                "/api/assistance-cases/" + caseNo + "/documents/" + letter, "caseworker1"))
        .contains("岗位推荐函", "刘桂兰", "410204********0026", "家庭保洁员", "开封市鼓楼区安居家政服务有限公司", "170.00元/日")
        .doesNotContain(ID_NUMBER);
    assertThat(
            b.documentText(
                "/api/assistance-cases/" + caseNo + "/documents/" + record, "caseworker1"))
        .contains("困难零工援助服务记录表", caseNo, "刘桂兰", "重点帮扶", "职业指导", "岗位推荐", "已录用", "跟踪回访", "稳定就业")
        .doesNotContain(ID_NUMBER);
  }

  private static long documentId(CaseView view, String kind) {
    return view.documents().stream()
        .filter(d -> d.kind().equals(kind))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
