package cn.linggong.assistance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.privacy.FullViewPurpose;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.shell.UiCases;
import cn.linggong.worker.WorkerHardship;
import cn.linggong.worker.WorkerRegistry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The intake step shows what it asks to confirm: that hardship facts are registered, and the facts
 * themselves only after the purpose is given, in a dialog apart, with the look audited.
 */
@SpringBootTest
class IntakeStepTest extends KaribuTestBase {

  @Autowired WorkerRegistry workers;
  @Autowired WorkerHardship hardship;
  @Autowired AssistanceCases cases;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theIntakeStepShowsTheRegisteredFactsOnTheAuditedRequest() {
    String caseNo =
        UiCases.openCase(directory, workers, hardship, cases, "欧阳秀梅", LocalDate.of(1984, 5, 6));
    String taskId =
        taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    signIn("caseworker1");
    UI.getCurrent().navigate("tasks/" + taskId);

    assertThat(_find(Div.class).stream().map(Div::getText)).doesNotContain("低保");
    int audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class);
    _click(_get(Button.class, spec -> spec.withId("intake-hardship-show")));
    @SuppressWarnings("unchecked")
    RadioButtonGroup<FullViewPurpose> purpose =
        _get(RadioButtonGroup.class, spec -> spec.withId("purpose"));
    _setValue(purpose, FullViewPurpose.CASE_HANDLING);
    _click(_get(Button.class, spec -> spec.withId("purpose-show")));

    Dialog facts = _get(Dialog.class, spec -> spec.withId("intake-hardship-facts"));
    assertThat(_find(facts, Div.class).stream().map(Div::getText)).contains("低保");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class))
        .as("the look is audited")
        .isGreaterThan(audited);
  }
}
