package cn.linggong.complaint;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.testsupport.TestIds;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The complaint screen's own actions without a browser: evidence uploaded from the screen is kept
 * (a file that is not what it says is refused), a mediation session is logged, the complaint is
 * withdrawn, and each shows on the timeline.
 */
@SpringBootTest
class ComplaintScreenTest extends KaribuTestBase {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'
  };

  @Autowired ComplaintIntake intake;
  @Autowired ComplaintReading reading;
  @Autowired cn.linggong.inbox.TaskCompletion completion;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  private void complete(String no, String taskKey, java.util.Map<String, Object> values) {
    String taskId =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(no)
            .taskDefinitionKey(taskKey)
            .singleResult()
            .getId();
    completion.complete(directory.principal("mediator1"), taskId, values);
  }

  @Autowired ComplaintActions actions;

  @Test
  @SuppressWarnings("unchecked")
  void aLongTimelineTextShowsItsBeginningAndOpensInFullOnClick() {
    var mediator = signIn("mediator1");
    String no = intake.file(mediator, filing()).complaintNo();
    String summary = "双方到站调解，".repeat(20) + "约定下周再谈。";
    actions.logContact(
        mediator, no, ComplaintActions.ContactKind.SESSION, LocalDate.now(), summary);
    UI.getCurrent().navigate("complaints/" + no);
    Grid<ComplaintEvent> timeline = _get(Grid.class, spec -> spec.withId("complaint-timeline"));
    int row =
        reading.view(mediator, no).timeline().stream()
            .map(ComplaintEvent::kind)
            .toList()
            .indexOf("CONTACT");
    String shown = com.github.mvysny.kaributesting.v10.GridKt._getFormatted(timeline, row, "facts");
    assertThat(shown).endsWith("…").doesNotContain("约定下周再谈");
    ComplaintEvent entry = com.github.mvysny.kaributesting.v10.GridKt._get(timeline, row);
    assertThat(timeline.isDetailsVisible(entry)).isFalse();
    com.github.mvysny.kaributesting.v10.GridKt._clickItem(timeline, row);
    assertThat(timeline.isDetailsVisible(entry)).as("opened in full on click").isTrue();
    com.github.mvysny.kaributesting.v10.GridKt._clickItem(timeline, row);
    assertThat(timeline.isDetailsVisible(entry)).isFalse();
  }

  @Test
  void aCaseWaitingForAPaymentSaysWhichInstalmentAndWhenItIsDue() {
    var mediator = signIn("mediator1");
    String no = intake.file(mediator, filing()).complaintNo();
    complete(
        no, ComplaintProcess.USER_TASK_ACCEPT, java.util.Map.of("acceptanceDecision", "ACCEPT"));
    long worker = reading.view(mediator, no).complainants().get(0).workerId();
    complete(
        no,
        ComplaintProcess.USER_TASK_MEDIATE,
        java.util.Map.of(
            "mediationOutcome",
            "AGREEMENT",
            "agreement",
            "{\"amounts\":{\""
                + worker
                + "\":\"2800.00\"},\"instalments\":[{\"due\":\"2027-01-10\",\"amount\":\"1400\"},"
                + "{\"due\":\"2027-02-10\",\"amount\":\"1400\"}]}"));
    UI.getCurrent().navigate("complaints/" + no);
    assertThat(
            _get(
                    com.vaadin.flow.component.html.Paragraph.class,
                    spec -> spec.withId("waiting-" + ComplaintProcess.TIMER_INSTALMENT_DUE))
                .getText())
        .isEqualTo("等待第 1 期付款（1400.00 元），到期 2027-01-10；2027-01-11 核实是否到账");
  }

  @BeforeEach
  void engineClockIn2026() {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(java.time.Instant.parse("2026-06-01T02:00:00Z")));
  }

  @AfterEach
  void realEngineClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  private static ComplaintIntake.Filing filing() {
    return new ComplaintIntake.Filing(
        Complaint.Channel.WALK_IN,
        java.util.List.of(
            new ComplaintIntake.ComplainantInput(
                "韩晓东",
                TestIds.idNumber(LocalDate.of(1981, 4, 2), false),
                TestIds.mobile(),
                new BigDecimal("2800.00"))),
        null,
        new EmployerRegistry.Registration(
            Employer.Kind.ORGANIZATION,
            "开封市顺安劳务有限公司",
            TestIds.creditCode(),
            null,
            "孙经理",
            "13800002345",
            "鼓楼区西大街5号",
            null),
        "鼓楼区西大街商铺修缮",
        false,
        LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 5, 10),
        Complaint.PayAgreement.DAILY,
        null,
        "支付拖欠工资");
  }

  private Button button(String id) {
    return _get(Button.class, spec -> spec.withId(id));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMediatorAddsEvidenceLogsASessionAndWithdrawsFromTheScreen() {
    var mediator = signIn("mediator1");
    String no = intake.file(mediator, filing()).complaintNo();
    UI.getCurrent().navigate("complaints/" + no);

    Upload upload = _get(Upload.class, spec -> spec.withId("evidence-upload"));
    UploadKt._upload(upload, "欠条.png", "image/png", PNG);
    assertThat(reading.view(mediator, no).evidence())
        .extracting(Evidence::fileName)
        .containsExactly("欠条.png");
    assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("照片 · 欠条.png");
    upload = _get(Upload.class, spec -> spec.withId("evidence-upload"));
    UploadKt._upload(upload, "改名.png", "image/png", "MZ not a picture".getBytes());
    assertThat(reading.view(mediator, no).evidence()).hasSize(1);

    _click(button("complaint-log-contact"));
    _setValue(_get(TextArea.class, spec -> spec.withId("contact-summary")), "约双方到站调解");
    _click(button("contact-save"));

    _click(button("complaint-withdraw"));
    _setValue(
        _get(Select.class, spec -> spec.withId("withdraw-reason")),
        ComplaintActions.WithdrawalReason.PAID_DIRECTLY);
    _click(button("withdraw-confirm"));

    assertThat(reading.view(mediator, no).timeline())
        .extracting(ComplaintEvent::kind)
        .contains("EVIDENCE_ADDED", "CONTACT", "WITHDRAWN");
    ComplaintEvent closed =
        reading.view(mediator, no).timeline().stream()
            .filter(e -> e.kind().equals("CLOSED"))
            .findFirst()
            .orElseThrow();
    assertThat(ComplaintTexts.describe(_get(ComplaintScreenView.class), closed))
        .contains("用人单位已直接支付")
        .doesNotContain("PAID_DIRECTLY");
    Grid<ComplaintEvent> timeline = _get(Grid.class, spec -> spec.withId("complaint-timeline"));
    assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(timeline))
        .isEqualTo(reading.view(mediator, no).timeline().size());
  }
}
