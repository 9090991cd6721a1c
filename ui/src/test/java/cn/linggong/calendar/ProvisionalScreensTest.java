package cn.linggong.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.inbox.InboxTask;
import cn.linggong.inbox.InboxView;
import cn.linggong.shell.HomeView;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.sla.ProvisionalRecomputation;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * What people see of a year without an entered notice: "暂定" beside due dates in the inbox and on
 * the task page, the provisional year on the calendar screen turned into the official one there,
 * and the admins' banner from November.
 */
@SpringBootTest
@Import(TestClock.class)
class ProvisionalScreensTest extends KaribuTestBase {

  private static final Instant DEC_28 =
      OffsetDateTime.of(2026, 12, 28, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

  private static final String PROCESS =
      cn.linggong.testsupport.TestProcesses.oneUserTask(
          "test_provisional_due", "暂定期限测试", "受理审查", "mediator", null);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired MutableClock clock;
  @Autowired CalendarMaintenance maintenance;
  @Autowired WorkingDayCalendar calendar;
  @Autowired ProvisionalRecomputation recomputation;

  @AfterEach
  void provisional2027AndTheRealClock() {
    if (calendar.knows(2027)) {
      maintenance.removeYear(2027, cn.linggong.testsupport.TestUsers.admin());
    }
    ClockUtil.reset();
    clock.set(Instant.now());
  }

  /** The first task of a test process started at {@code at} (both clocks moved there). */
  private String firstTask(String key, String resource, String bpmn, Instant at, String prefix) {
    cn.linggong.testsupport.TestProcesses.deployOnce(repositoryService, key, resource, bpmn);
    clock.set(at);
    ClockUtil.setCurrentTime(Date.from(at));
    var instance =
        runtimeService
            .createProcessInstanceByKey(key)
            .processDefinitionTenantId("kf-gulou")
            .businessKey(prefix + UUID.randomUUID().toString().substring(0, 8))
            .execute();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  private String taskDueIn2027() {
    return firstTask("test_provisional_due", "provisional-due.bpmn", PROCESS, DEC_28, "ZD-");
  }

  private static boolean marked(Component component) {
    return "true".equals(component.getElement().getAttribute("data-provisional"))
        || component.getChildren().anyMatch(ProvisionalScreensTest::marked);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theInboxAndTheTaskPageMarkADueDateFromAProvisionalYear() {
    String taskId = taskDueIn2027();
    signIn("mediator1");
    UI.getCurrent().navigate(InboxView.class);
    Grid<InboxTask> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
    int row = -1;
    for (int i = 0; i < GridKt._size(grid); i++) {
      if (GridKt._get(grid, i).taskId().equals(taskId)) {
        row = i;
      }
    }
    assertThat(row).as("the task is in the inbox").isNotNegative();
    Component due = GridKt._getCellComponent(grid, row, "DUE");
    assertThat(marked(due)).isTrue();

    UI.getCurrent().navigate("tasks/" + taskId);
    Paragraph taskDue = _get(Paragraph.class, spec -> spec.withId("task-due"));
    assertThat(taskDue.getText()).contains("2027-01-05");
    assertThat(marked(taskDue)).isTrue();
    assertThat(_find(Span.class, spec -> spec.withText("暂定"))).isNotEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAdminTurnsTheProvisionalYearIntoTheOfficialOneByEnteringTheNotice() {
    String taskId = taskDueIn2027();
    signIn("admin");
    UI.getCurrent().navigate(CalendarAdminView.class);
    _setValue(_get(Select.class, spec -> spec.withId("calendar-year")), 2027);
    assertThat(_get(Div.class, spec -> spec.withId("calendar-provisional")).getText())
        .contains("2027", "暂定", "不含调休上班日");
    Span eve = _get(Span.class, spec -> spec.withId("day-2027-02-05"));
    assertThat(eve.getElement().getAttribute("data-kind")).isEqualTo("HOLIDAY");
    assertThat(eve.getElement().getAttribute("data-provisional")).isEqualTo("true");
    assertThat(_find(Button.class, spec -> spec.withId("calendar-remove-year")))
        .as("a provisional year cannot be removed")
        .isEmpty();

    _click(_get(Button.class, spec -> spec.withId("calendar-enter-official")));
    TextArea rows = _get(TextArea.class, spec -> spec.withId("import-rows"));
    assertThat(rows.getValue()).contains("2027-02-05,HOLIDAY,春节", "2027-05-03,HOLIDAY,劳动节补假");
    _setValue(rows, rows.getValue() + "2027-01-04,HOLIDAY,元旦\n2027-02-20,WORKDAY,春节调休上班\n");
    _setValue(
        _get(TextField.class, spec -> spec.withId("import-source")),
        "国务院办公厅关于2027年部分节假日安排的通知（测试用）");
    _click(_get(Button.class, spec -> spec.withId("import-check")));
    _click(_get(Button.class, spec -> spec.withId("import-confirm")));

    assertThat(calendar.knows(2027)).isTrue();
    assertThat(calendar.day(java.time.LocalDate.of(2027, 2, 20)).workingDay()).isTrue();
    assertThat(_get(Div.class, spec -> spec.withId("calendar-provisional")).getText())
        .contains("正在重新计算");
    recomputation.runPending();
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate())
        .isEqualTo(
            Date.from(
                OffsetDateTime.of(2027, 1, 6, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(8))
                    .toInstant()));
  }

  /** Two steps: the second one's 60 working days reach far past the first one's 5. */
  private static final String TWO_STEPS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://linggong.cn/test">
        <bpmn:process id="test_two_steps" name="两步测试" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="start_event"/>
          <bpmn:sequenceFlow id="f1" sourceRef="start_event" targetRef="user_task_first"/>
          <bpmn:userTask id="user_task_first" name="第一步" camunda:candidateGroups="mediator">
            <bpmn:extensionElements><camunda:properties>
              <camunda:property name="timeLimit" value="complaint.acceptance"/>
            </camunda:properties></bpmn:extensionElements>
          </bpmn:userTask>
          <bpmn:sequenceFlow id="f2" sourceRef="user_task_first" targetRef="user_task_second"/>
          <bpmn:userTask id="user_task_second" name="第二步" camunda:candidateGroups="mediator">
            <bpmn:extensionElements><camunda:properties>
              <camunda:property name="timeLimit" value="complaint.investigation"/>
            </camunda:properties></bpmn:extensionElements>
          </bpmn:userTask>
          <bpmn:sequenceFlow id="f3" sourceRef="user_task_second" targetRef="end_event"/>
          <bpmn:endEvent id="end_event"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Test
  void aStepWhoseNextDueDateNoCalendarCanCountSaysSoOnTheScreen() {
    // 1 December 2050: the second step's 60 working days reach 2051, which nothing covers
    Instant december2050 =
        OffsetDateTime.of(2050, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
    String taskId = firstTask("test_two_steps", "two-steps.bpmn", TWO_STEPS, december2050, "LT-");
    signIn("mediator1");
    UI.getCurrent().navigate("tasks/" + taskId);
    _click(_get(Button.class, spec -> spec.withId("complete-task")));
    assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
        .extracting(n -> n.getElement().getProperty("text"))
        .anySatisfy(text -> assertThat(text).contains("2051 年工作日历尚未维护"));
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("still open").isOne();
  }

  @Test
  void adminsSeeABannerFromNovemberWhileNextYearIsNotEntered() {
    clock.set(OffsetDateTime.of(2026, 10, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
    signIn("admin");
    UI.getCurrent().navigate(HomeView.class);
    assertThat(_find(HorizontalLayout.class, spec -> spec.withId("calendar-banner"))).isEmpty();

    clock.set(OffsetDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
    UI.getCurrent().navigate(InboxView.class);
    UI.getCurrent().navigate(HomeView.class);
    assertThat(_get(HorizontalLayout.class, spec -> spec.withId("calendar-banner")).getElement())
        .satisfies(
            e -> assertThat(e.getTextRecursively()).contains("2027 年节假日安排尚未录入，系统按法定节假日暂定计算"));

    signIn("caseworker1");
    UI.getCurrent().navigate(InboxView.class);
    UI.getCurrent().navigate(HomeView.class);
    assertThat(_find(HorizontalLayout.class, spec -> spec.withId("calendar-banner"))).isEmpty();
  }
}
