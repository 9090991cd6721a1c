package cn.linggong.casework;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.assistance.AssistanceCases;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.Roles;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.worker.WorkerHardship;
import cn.linggong.worker.WorkerRegistry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The owner on a case screen (a supervisor may name another, a caseworker may not), and a
 * caseworker's own work on the home screen with links into the inbox.
 */
@SpringBootTest
class CaseOwnerScreensTest extends KaribuTestBase {

  @Autowired WorkerRegistry workers;
  @Autowired WorkerHardship hardship;
  @Autowired AssistanceCases cases;
  @Autowired TaskService taskService;

  private String openCase() {
    return cn.linggong.shell.UiCases.openCase(
        directory, workers, hardship, cases, "蒋玉兰", LocalDate.of(1983, 3, 3));
  }

  private String ownerText() {
    return _get(Span.class, spec -> spec.withId("case-owner-name")).getText();
  }

  @Test
  void theCaseScreenNamesTheOwnerAndASupervisorNamesAnother() {
    if (!directory.exists("caseworker8")) {
      directory.createUser(
          new DirectoryService.UserDraft(
              "caseworker8", "冯雪", null, Set.of(Roles.CASEWORKER), "kf-gulou", "Demo-pass-2026"),
          directory.principal("admin"));
    }
    String caseNo = openCase();

    signIn("caseworker1");
    UI.getCurrent().navigate("assistance/" + caseNo);
    assertThat(ownerText()).isEqualTo("负责人：张敏");
    assertThat(_find(Button.class, spec -> spec.withId("case-owner-change")))
        .as("a caseworker is not offered the change")
        .isEmpty();
    signOut();

    signIn("supervisor1");
    UI.getCurrent().navigate("assistance/" + caseNo);
    _click(_get(Button.class, spec -> spec.withId("case-owner-change")));
    @SuppressWarnings("unchecked")
    Select<String> to = _get(Select.class, spec -> spec.withId("owner-select"));
    _setValue(to, "caseworker8");
    _click(_get(Button.class, spec -> spec.withId("owner-save")));
    assertThat(_find(TextArea.class, spec -> spec.withId("owner-reason")))
        .as("without a reason the dialog stays open, the field says why")
        .singleElement()
        .matches(TextArea::isInvalid);
    _setValue(_get(TextArea.class, spec -> spec.withId("owner-reason")), "张敏外出培训");
    _click(_get(Button.class, spec -> spec.withId("owner-save")));

    assertThat(ownerText()).isEqualTo("负责人：冯雪");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNo)
                .singleResult()
                .getAssignee())
        .isEqualTo("caseworker8");
  }

  @Test
  void theHomeScreenShowsMyTasksDueSoonAndOverdueWithTheNextOnes() {
    String caseNo = openCase();
    signIn("caseworker1");
    UI.getCurrent().navigate("");
    Anchor mine = _get(Anchor.class, spec -> spec.withId("my-work-mine"));
    assertThat(mine.getHref()).isEqualTo("inbox?chip=mine");
    assertThat(mine.getText()).startsWith("我的待办 ");
    assertThat(_get(Anchor.class, spec -> spec.withId("my-work-overdue")).getText())
        .startsWith("已超期 ");
    assertThat(_get(Anchor.class, spec -> spec.withId("my-work-dueSoon")).getText())
        .startsWith("即将到期 ");
    assertThat(_find(Anchor.class).stream().map(Anchor::getText))
        .anyMatch(t -> t.equals("困难认定核实 · " + caseNo));

    UI.getCurrent().navigate("inbox", com.vaadin.flow.router.QueryParameters.of("chip", "mine"));
    assertThat(_get(Button.class, spec -> spec.withId("chip-mine")).getThemeNames())
        .contains("primary");
  }
}
