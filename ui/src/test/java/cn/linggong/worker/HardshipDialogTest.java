package cn.linggong.worker;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.privacy.FullViewPurpose;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.testsupport.TestIds;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The hardship dialog of a registered worker: the recorded facts are not shown until an audited
 * look, and saving waits for that look, so the empty form cannot overwrite facts nobody has seen.
 */
@SpringBootTest
class HardshipDialogTest extends KaribuTestBase {

  @Autowired WorkerRegistry workers;
  @Autowired WorkerHardship hardship;

  private Button button(String id) {
    return _get(Button.class, spec -> spec.withId(id));
  }

  @Test
  @SuppressWarnings("unchecked")
  void recordedFactsAreSavedAgainOnlyAfterTheyWereLookedAt() {
    var caseworker = signIn("caseworker1");
    Worker w =
        workers.register(
            caseworker,
            new WorkerRegistry.Registration(
                "许春梅", TestIds.idNumber(LocalDate.of(1979, 9, 9), true), TestIds.mobile(), null));
    hardship.recordHardship(
        caseworker,
        w.id(),
        new HardshipFacts(HardshipFacts.LowIncome.TEKUN, null, null, true, false, null));

    UI.getCurrent().navigate(WorkerView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("worker-search-name")), "许春梅");
    Grid<Worker> grid = _get(Grid.class, spec -> spec.withId("worker-grid"));
    var actions = (HorizontalLayout) GridKt._getCellComponent(grid, 0, "actions");
    _click((Button) actions.getComponentAt(0));
    assertThat(button("hardship-save").isEnabled()).as("nothing seen, nothing to save").isFalse();

    _click(button("hardship-reveal"));
    _setValue(
        _get(RadioButtonGroup.class, spec -> spec.withId("purpose")),
        FullViewPurpose.CASE_HANDLING);
    _click(button("purpose-show"));
    assertThat(_get(Select.class, spec -> spec.withId("hardship-low-income")).getValue())
        .isEqualTo(HardshipFacts.LowIncome.TEKUN);
    assertThat(button("hardship-save").isEnabled()).isTrue();
    _click(button("hardship-save"));

    assertThat(workers.search(caseworker, null, null, null, "zero-employment", null, 0, 50))
        .extracting(Worker::id)
        .contains(w.id());
  }
}
