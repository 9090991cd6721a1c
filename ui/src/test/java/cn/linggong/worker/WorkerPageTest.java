package cn.linggong.worker;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.assistance.AssistanceCases;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.testsupport.TestIds;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The worker's page: opened from the list by the name; shows registration, cases and complaints,
 * documents, contacts and changes; offers only what the person may do and only what can succeed.
 */
@SpringBootTest
class WorkerPageTest extends KaribuTestBase {

  @Autowired WorkerRegistry workers;
  @Autowired AssistanceCases cases;

  private Worker register(String name) {
    return workers.register(
        signIn("caseworker1"),
        new WorkerRegistry.Registration(
            name, TestIds.idNumber(LocalDate.of(1981, 1, 1), false), TestIds.mobile(), null));
  }

  private static Grid<?> gridIn(String boxId) {
    var box =
        _get(
            com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
            spec -> spec.withId(boxId));
    return _get(box, Grid.class, spec -> {});
  }

  private boolean shown(String id) {
    return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCaseworkerOpensThePageFromTheListCorrectsNotesAContactAndSeesItKept() {
    Worker w = register("孟凡");
    signIn("caseworker1");
    UI.getCurrent().navigate(WorkerView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("worker-search-name")), "孟凡");
    Grid<Worker> grid = _get(Grid.class, spec -> spec.withId("worker-grid"));
    RouterLink link = (RouterLink) GridKt._getCellComponent(grid, 0, "name");
    assertThat(link.getHref()).isEqualTo("workers/" + w.id());
    UI.getCurrent().navigate(link.getHref());

    assertThat(shown("worker-registration")).isTrue();
    assertThat(shown("worker-cases")).isTrue();
    assertThat(shown("worker-complaints")).as("complaints are the mediators'").isFalse();
    assertThat(shown("worker-transfer")).as("a caseworker transfers no one").isFalse();
    _click(_get(Button.class, spec -> spec.withId("worker-open-case-" + w.id())));
    assertThat(shown("open-case-dialog")).as("opening a case is confirmed first").isTrue();
    _click(_get(Button.class, spec -> spec.withId("open-case-cancel")));
    assertThat(cases.openCaseOf(signIn("caseworker1"), w.id())).as("nothing opened").isEmpty();

    _click(_get(Button.class, spec -> spec.withId("worker-correct")));
    _setValue(_get(TextField.class, spec -> spec.withId("worker-correct-name")), "孟凡星");
    _click(_get(Button.class, spec -> spec.withId("worker-correct-save")));
    assertThat(workers.find(signIn("caseworker1"), w.id()).name()).isEqualTo("孟凡星");
    assertThat(GridKt._size(gridIn("worker-history"))).as("the correction is kept").isOne();

    _setValue(_get(TextField.class, spec -> spec.withId("worker-contact-note")), "电话通知参加招聘会");
    _click(_get(Button.class, spec -> spec.withId("worker-contact-add")));
    assertThat(GridKt._size(gridIn("worker-contacts"))).isOne();
  }

  @Test
  void openingACaseIsOfferedOnlyWhereItCanSucceed() {
    Worker w = register("卫东");
    cases.open(signIn("caseworker1"), w.id());
    UI.getCurrent().navigate("workers/" + w.id());
    assertThat(shown("worker-open-case-" + w.id()))
        .as("one open case at a time: opening another could not succeed")
        .isFalse();
    assertThat(_get(Button.class, spec -> spec.withId("worker-case-" + w.id())).getText())
        .startsWith("在办案件 BF-");
  }

  @Test
  void aSupervisorReadsButCorrectsNothingAndACityAdminTransfersWithAReason() {
    Worker w = register("詹平");
    signIn("supervisor1");
    UI.getCurrent().navigate("workers/" + w.id());
    assertThat(shown("worker-registration")).isTrue();
    assertThat(shown("worker-cases")).isTrue();
    assertThat(shown("worker-complaints")).isTrue();
    assertThat(shown("worker-correct")).isFalse();
    assertThat(shown("worker-contact-add")).isFalse();
    assertThat(shown("worker-open-case-" + w.id())).isFalse();

    signIn("admin");
    UI.getCurrent().navigate("workers/" + w.id());
    _click(_get(Button.class, spec -> spec.withId("worker-transfer")));
    _click(_get(Button.class, spec -> spec.withId("worker-transfer-save")));
    assertThat(_get(TextArea.class, spec -> spec.withId("worker-transfer-reason")).isInvalid())
        .as("a reason is required")
        .isTrue();
    @SuppressWarnings("unchecked")
    Select<cn.linggong.identity.District> to =
        _get(Select.class, spec -> spec.withId("worker-transfer-district"));
    to.setValue(
        to.getListDataView()
            .getItems()
            .filter(d -> d.id().equals("kf-longting"))
            .findFirst()
            .orElseThrow());
    _setValue(_get(TextArea.class, spec -> spec.withId("worker-transfer-reason")), "迁居龙亭区");
    _click(_get(Button.class, spec -> spec.withId("worker-transfer-save")));
    assertThat(workers.find(signIn("admin"), w.id()).districtId()).isEqualTo("kf-longting");
  }
}
