package cn.linggong.inbox;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.identity.DirectoryService;
import cn.linggong.shell.KaribuTestBase;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The task screen renders every form field type, shows the server's refusals, and completes once.
 */
@SpringBootTest
class TaskViewTest extends KaribuTestBase {

  private static final String FORM =
      """
      { "id": "form_ui_test", "components": [
        { "type": "text", "text": "## 受理审查" },
        { "type": "textfield", "key": "name", "label": "姓名", "validate": { "required": true, "minLength": 2 } },
        { "type": "textfield", "key": "idNumber", "label": "身份证号", "properties": { "validator": "resident-id" } },
        { "type": "textarea", "key": "facts", "label": "事实", "description": "简要写明" },
        { "type": "number", "key": "amount", "label": "金额", "decimalDigits": 2, "validate": { "min": 0 } },
        { "type": "checkbox", "key": "group", "label": "集体投诉" },
        { "type": "checklist", "key": "evidence", "label": "证据", "values": [ { "label": "欠条", "value": "iou" } ] },
        { "type": "radio", "key": "decision", "label": "结论", "validate": { "required": true },
          "values": [ { "label": "受理", "value": "accept" }, { "label": "不予受理", "value": "refuse" } ] },
        { "type": "select", "key": "reason", "label": "理由", "valuesKey": "reasons",
          "conditional": { "hide": "=decision != \\"refuse\\"" } },
        { "type": "taglist", "key": "skills", "label": "技能", "values": [ { "label": "电工", "value": "electrician" } ] },
        { "type": "datetime", "key": "receivedOn", "subtype": "date", "label": "收到日期" },
        { "type": "datetime", "key": "meetAt", "subtype": "time", "label": "约谈时间" },
        { "type": "datetime", "key": "visitAt", "subtype": "datetime", "label": "走访时间" },
        { "type": "separator" },
        { "type": "group", "label": "其他", "components": [
          { "type": "textfield", "key": "code", "label": "编号", "readonly": true, "defaultValue": "QX-1" } ] }
      ] }
      """;

  private static final String PROCESS =
      cn.linggong.testsupport.TestProcesses.oneUserTask(
          "test_ui_form", "表单界面测试", "受理审查", "mediator", "form_ui_test");

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TaskCompletion completion;

  private String taskId;
  private String caseNumber;

  @BeforeEach
  void aTaskWithAForm() {
    if (repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("test_ui_form")
            .tenantIdIn("kf-gulou")
            .count()
        == 0) {
      repositoryService
          .createDeployment()
          .tenantId("kf-gulou")
          .addString("ui-form.bpmn", PROCESS)
          .addString("ui-test.form", FORM)
          .deploy();
    }
    caseNumber = "UI-" + UUID.randomUUID().toString().substring(0, 8);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
    var instance =
        runtimeService
            .createProcessInstanceByKey("test_ui_form")
            .processDefinitionTenantId("kf-gulou")
            .businessKey(caseNumber)
            .setVariable("reasons", List.of(Map.of("label", "非劳动关系", "value", "not-labour")))
            .execute();
    ClockUtil.reset();
    taskId =
        taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void rendersEveryFieldTypeOfTheForm() {
    signIn("mediator1");
    UI.getCurrent().navigate("tasks/" + taskId);
    assertThat(_find(Markdown.class)).hasSize(1);
    assertThat(_find(Hr.class)).hasSize(1);
    _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("field-decision")), "refuse");
    Map<String, Class<?>> expected = new java.util.LinkedHashMap<>();
    expected.put("name", TextField.class);
    expected.put("idNumber", TextField.class);
    expected.put("facts", TextArea.class);
    expected.put("amount", BigDecimalField.class);
    expected.put("group", Checkbox.class);
    expected.put("evidence", CheckboxGroup.class);
    expected.put("decision", RadioButtonGroup.class);
    expected.put("reason", Select.class);
    expected.put("skills", MultiSelectComboBox.class);
    expected.put("receivedOn", DatePicker.class);
    expected.put("meetAt", TimePicker.class);
    expected.put("visitAt", DateTimePicker.class);
    expected.put("code", TextField.class);
    expected.forEach(
        (key, type) ->
            assertThat(
                    _get(
                        com.vaadin.flow.component.Component.class,
                        spec -> spec.withId("field-" + key)))
                .as(key)
                .isInstanceOf(type));
    TextField code = _get(TextField.class, spec -> spec.withId("field-code"));
    assertThat(code.isReadOnly()).isTrue();
    assertThat(code.getValue()).isEqualTo("QX-1");
    assertThat(_get(TextArea.class, spec -> spec.withId("field-facts")).getHelperText())
        .isEqualTo("简要写明");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFieldOfAnotherBranchShowsOnlyOnceItsChoiceIsMade() {
    signIn("mediator1");
    UI.getCurrent().navigate("tasks/" + taskId);
    var decision = _get(RadioButtonGroup.class, spec -> spec.withId("field-decision"));
    assertThat(_find(Select.class, spec -> spec.withId("field-reason")))
        .as("hidden before the choice")
        .isEmpty();
    _setValue(decision, "accept");
    assertThat(_find(Select.class, spec -> spec.withId("field-reason"))).isEmpty();
    _setValue(decision, "refuse");
    assertThat(_find(Select.class, spec -> spec.withId("field-reason"))).hasSize(1);
    _setValue(_get(Select.class, spec -> spec.withId("field-reason")), "not-labour");
    _setValue(decision, "accept");
    assertThat(_find(Select.class, spec -> spec.withId("field-reason")))
        .as("hidden again when the other branch is chosen")
        .isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void fromTheInboxTheMediatorTakesTheTaskIsRefusedBadValuesAndCompletesIt() {
    signIn("mediator1");
    UI.getCurrent().navigate(InboxView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), caseNumber);
    var grid =
        (com.vaadin.flow.component.grid.Grid<InboxTask>)
            _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("inbox-grid"));
    assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isOne();
    _click(
        (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "ACTION"));
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("mediator1");
    UI.getCurrent().navigate("tasks/" + taskId);
    _setValue(_get(TextField.class, spec -> spec.withId("field-name")), "张");
    _setValue(_get(TextField.class, spec -> spec.withId("field-idNumber")), "410102198503151233");
    _setValue(
        _get(BigDecimalField.class, spec -> spec.withId("field-amount")), new BigDecimal("-1"));
    _click(_get(Button.class, spec -> spec.withId("complete-task")));

    assertThat(_get(TextField.class, spec -> spec.withId("field-name")).getErrorMessage())
        .isEqualTo("至少填写 2 个字");
    assertThat(_get(TextField.class, spec -> spec.withId("field-idNumber")).getErrorMessage())
        .contains("校验位");
    assertThat(_get(BigDecimalField.class, spec -> spec.withId("field-amount")).getErrorMessage())
        .isEqualTo("不能小于 0");
    assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("field-decision")).isInvalid())
        .isTrue();
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

    _setValue(_get(TextField.class, spec -> spec.withId("field-name")), "张三");
    _setValue(_get(TextField.class, spec -> spec.withId("field-idNumber")), "410102198503151232");
    _setValue(
        _get(BigDecimalField.class, spec -> spec.withId("field-amount")), new BigDecimal("120.50"));
    _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("field-decision")), "refuse");
    _setValue(_get(Select.class, spec -> spec.withId("field-reason")), "not-labour");
    _setValue(
        _get(DatePicker.class, spec -> spec.withId("field-receivedOn")), LocalDate.of(2026, 5, 29));
    _click(_get(Button.class, spec -> spec.withId("complete-task")));

    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
        .filter(InboxView.class::isInstance)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aColleagueWhoCompletedFirstIsNamed() {
    directory.createUser(
        new DirectoryService.UserDraft(
            "md-" + caseNumber.toLowerCase(),
            "韩梅",
            null,
            Set.of("mediator"),
            "kf-gulou",
            "a-long-password"),
        cn.linggong.testsupport.TestUsers.admin());
    signIn("mediator1");
    UI.getCurrent().navigate("tasks/" + taskId);
    // meanwhile the colleague completes it through the API
    completion.complete(
        directory.principal("md-" + caseNumber.toLowerCase()),
        taskId,
        Map.of("name", "李四", "decision", "accept"));
    _setValue(_get(TextField.class, spec -> spec.withId("field-name")), "张三");
    _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("field-decision")), "accept");
    _click(_get(Button.class, spec -> spec.withId("complete-task")));
    assertThat(NotificationsKt.getNotifications())
        .singleElement()
        .extracting(n -> n.getElement().getProperty("text"))
        .asString()
        .startsWith("此任务已由 md-" + caseNumber.toLowerCase() + " 于 ")
        .endsWith(" 办理");
  }
}
