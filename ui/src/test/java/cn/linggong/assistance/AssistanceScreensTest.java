package cn.linggong.assistance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.EmployerView;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.JobPosting;
import cn.linggong.employer.PayUnit;
import cn.linggong.employer.Settlement;
import cn.linggong.employer.SkillLevel;
import cn.linggong.inbox.FormRenderer;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.worker.HardshipFacts;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerRegistry;
import cn.linggong.worker.WorkerView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The assistance screens without a browser: registering a worker (refusals beside the fields),
 * hardship facts, opening a case, the case screen, employers and their verification, and the job
 * picker of the referral step.
 */
@SpringBootTest
class AssistanceScreensTest extends KaribuTestBase {

  @Autowired WorkerRegistry workers;
  @Autowired EmployerRegistry employers;
  @Autowired JobBoard jobs;
  @Autowired AssistanceCases cases;
  @Autowired TaskCompletion completion;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  private Button button(String id) {
    return _get(Button.class, spec -> spec.withId(id));
  }

  private TextField text(String id) {
    return _get(TextField.class, spec -> spec.withId(id));
  }

  /** Due dates come from the engine's clock: a day the seeded calendar covers. */
  @org.junit.jupiter.api.BeforeEach
  void engineClockIn2026() {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(java.time.Instant.parse("2026-06-01T02:00:00Z")));
  }

  @org.junit.jupiter.api.AfterEach
  void realEngineClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCaseworkerRegistersAWorkerRecordsHardshipOpensACaseAndRefersThroughThePicker() {
    var user = signIn("caseworker1");
    UI.getCurrent().navigate(WorkerView.class);
    _click(button("worker-register"));
    _setValue(text("worker-name"), "");
    _setValue(text("worker-id-number"), "410102198503151233");
    _setValue(text("worker-mobile"), "13912340000");
    _click(button("worker-save"));
    assertThat(text("worker-name").getErrorMessage()).isEqualTo("此项为必填项");
    assertThat(text("worker-id-number").getErrorMessage()).contains("校验位");
    assertThat(workers.search(user, null, null, "13912340000", null, null, 0, 10)).isEmpty();

    _setValue(text("worker-name"), "高秀梅");
    _setValue(text("worker-id-number"), "410204197508080027");
    _click(button("worker-save"));
    Worker registered = workers.search(user, "高秀梅", null, null, null, null, 0, 10).get(0);
    assertThat(registered.idNumberMasked()).isEqualTo("410204********0027");

    // the hardship dialog follows the registration
    _setValue(
        _get(Select.class, spec -> spec.withId("hardship-low-income")),
        HardshipFacts.LowIncome.DIBAO);
    _click(button("hardship-save"));
    assertThat(workers.search(user, null, null, null, "low-income", null, 0, 10))
        .extracting(Worker::id)
        .contains(registered.id());

    UI.getCurrent().navigate(WorkerView.class);
    _setValue(text("worker-search-id"), "0027");
    Grid<Worker> workerGrid = _get(Grid.class, spec -> spec.withId("worker-grid"));
    assertThat(GridKt._size(workerGrid)).isOne();
    var actions =
        (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
            GridKt._getCellComponent(workerGrid, 0, "actions");
    _click((Button) actions.getComponentAt(1));
    _click(_get(Button.class, spec -> spec.withId("open-case-confirm")));
    AssistanceCaseView caseView = _get(AssistanceCaseView.class);
    String caseNo =
        cases.search(user, AssistanceCase.State.OPEN, registered.id(), null, 0, 1).get(0).caseNo();
    assertThat(_get(Span.class, spec -> spec.withId("case-progress")).getText())
        .isEqualTo("指导 0/1 · 推荐 0/3 · 培训 0/1 · 安置 —");
    assertThat(
            _get(
                    com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                    spec -> spec.withId("worker-card"))
                .getElement()
                .getTextRecursively())
        .contains("高秀梅", "410204********0027")
        .doesNotContain("410204197508080027");
    assertThat(_get(Anchor.class, spec -> spec.withId("open-task-user_task_intake")).getHref())
        .startsWith("tasks/");
    assertThat(caseView).isNotNull();

    // an employer, verified, with an open posting
    UI.getCurrent().navigate(EmployerView.class);
    _click(button("employer-register"));
    _setValue(text("employer-name"), "开封市鼓楼区顺达保洁");
    _setValue(text("employer-credit-code"), "91410204MA9000001X");
    _click(button("employer-save"));
    assertThat(text("employer-credit-code").isInvalid()).isTrue();
    Employer employer =
        employers.register(
            user,
            new EmployerRegistry.Registration(
                Employer.Kind.ORGANIZATION,
                "开封市鼓楼区顺达保洁",
                "91410204MA47Y8YX0Y",
                null,
                "钱经理",
                "13700002222",
                "鼓楼区自由路8号",
                null));
    UI.getCurrent().navigate(EmployerView.class);
    Grid<Employer> employerGrid = _get(Grid.class, spec -> spec.withId("employer-grid"));
    int row = 0;
    while (!GridKt._get(employerGrid, row).id().equals(employer.id())) {
      row++;
    }
    _click((Button) GridKt._getCellComponent(employerGrid, row, "verification"));
    assertThat(employers.find(user, employer.id()).verified()).isTrue();
    JobPosting job =
        jobs.post(
            user,
            new JobBoard.Draft(
                employer.id(),
                "写字楼保洁",
                "cleaning",
                SkillLevel.NONE,
                3,
                null,
                "鼓楼区自由路8号",
                LocalDate.of(2026, 3, 9),
                null,
                "7:00-15:00",
                new BigDecimal("140.00"),
                PayUnit.DAY,
                Settlement.MONTHLY,
                LocalDate.of(2026, 3, 9),
                "钱经理",
                "13700002222"));

    complete(caseNo, AssistanceProcess.USER_TASK_INTAKE, Map.of("factsConfirmed", true));
    complete(
        caseNo,
        AssistanceProcess.USER_TASK_GUIDANCE,
        Map.of(
            "guidanceDate", java.time.LocalDate.now().minusDays(1).toString(),
            "content", "岗位信息讲解",
            "intendedCategories", "cleaning"));

    String referral = taskId(caseNo, AssistanceProcess.USER_TASK_REFERRAL);
    UI.getCurrent().navigate("tasks/" + referral);
    assertThat(
            _find(
                com.vaadin.flow.component.Component.class,
                spec -> spec.withId("assistance-case-panel")))
        .hasSize(1);
    Grid<cn.linggong.employer.JobMatch> picker =
        _get(Grid.class, spec -> spec.withId("job-picker-grid"));
    assertThat(GridKt._size(picker)).isGreaterThanOrEqualTo(1);
    var pickerField =
        _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("field-jobId"));
    assertThat(_get(FormRenderer.Rendered.class).getColspan(pickerField))
        .as("the job picker takes the form's whole width, its columns in view")
        .isEqualTo(2);
    cn.linggong.employer.JobMatch best = GridKt._get(picker, 0);
    assertThat(best.job().id()).isEqualTo(job.id());
    picker.select(best);
    _click(button("complete-task"));
    assertThat(taskService.createTaskQuery().taskId(referral).count()).isZero();

    UI.getCurrent().navigate("assistance/" + caseNo);
    assertThat(_get(Span.class, spec -> spec.withId("case-progress")).getText())
        .isEqualTo("指导 1/1 · 推荐 1/3 · 培训 0/1 · 安置 —");
    // the letter is made by a job just after the step: the screen says so and looks again
    assertThat(
            _get(
                    com.vaadin.flow.component.html.Span.class,
                    spec -> spec.withAttribute("data-kind", "REFERRAL_LETTER"))
                .getText())
        .endsWith("正在生成…");
    assertThat(UI.getCurrent().getPollInterval()).isPositive();
    assertThat(cn.linggong.testsupport.CaseSteps.makeLetters(managementService)).isEqualTo(1);
    UI.getCurrent().navigate("assistance/" + caseNo);
    assertThat(_find(Anchor.class))
        .anyMatch(a -> "REFERRAL_LETTER".equals(a.getElement().getAttribute("data-kind")));
    assertThat(UI.getCurrent().getPollInterval()).isNegative();
    // the timeline names the posting and employer of the referral
    @SuppressWarnings("unchecked")
    Grid<AssistanceStep> timeline = _get(Grid.class, spec -> spec.withId("case-timeline"));
    List<String> cells = new java.util.ArrayList<>();
    for (int i = 0; i < GridKt._size(timeline); i++) {
      cells.addAll(GridKt._getFormattedRow(timeline, i));
    }
    assertThat(cells).anyMatch(t -> t.contains("岗位：写字楼保洁 · 开封市鼓楼区顺达保洁"));
    // the outcome step says which referral it asks about, and when the letter was made
    UI.getCurrent()
        .navigate("tasks/" + taskId(caseNo, AssistanceProcess.USER_TASK_REFERRAL_OUTCOME));
    assertThat(
            _get(
                    com.vaadin.flow.component.html.Paragraph.class,
                    spec -> spec.withId("outcome-asks"))
                .getText())
        .startsWith("请登记第 1 次岗位推荐的结果：写字楼保洁 · 开封市鼓楼区顺达保洁（推荐函 ")
        .matches(".*推荐函 \\d{4}-\\d{2}-\\d{2} 出具）");
    UI.getCurrent().navigate("assistance/" + caseNo);

    // the whole ID number only with a purpose; 其他 needs the reason, shown beside its field
    _click(button("case-full-id"));
    @SuppressWarnings("unchecked")
    var purpose =
        (com.vaadin.flow.component.radiobutton.RadioButtonGroup<
                cn.linggong.privacy.FullViewPurpose>)
            _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                spec -> spec.withId("purpose"));
    _click(button("purpose-show"));
    assertThat(purpose.getErrorMessage()).isEqualTo("请选择查看用途");
    _setValue(purpose, cn.linggong.privacy.FullViewPurpose.OTHER);
    _click(button("purpose-show"));
    assertThat(text("purpose-note").getErrorMessage()).isEqualTo("用途为“其他”时请写明原因");
    _setValue(text("purpose-note"), "补贴发放核对");
    _click(button("purpose-show"));
    assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
        .anyMatch(
            n -> String.valueOf(n.getElement().getProperty("text")).matches("身份证号：\\d{17}[\\dX]"));
  }

  private String taskId(String caseNo, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(key)
        .singleResult()
        .getId();
  }

  private void complete(String caseNo, String key, Map<String, ?> values) {
    completion.complete(directory.principal("caseworker1"), taskId(caseNo, key), values);
  }
}
