package cn.linggong.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shell.KaribuTestBase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every registration dialog marks its required fields before saving, and the marked fields left
 * empty are exactly those its service refuses as missing when the dialog is saved untouched.
 */
@SpringBootTest
class RequiredMarksTest extends KaribuTestBase {

  private static final String MISSING = "此项为必填项";

  @ParameterizedTest(name = "{1} as {0}")
  @CsvSource({
    "caseworker1, workers, worker-register, worker-save",
    "caseworker1, employers, employer-register, employer-save",
    "caseworker1, jobs, job-post, job-save",
    "caseworker1, markets, market-register, market-save",
    "reviewer1, markets, market-register, market-save",
    "mediator1, complaints, complaint-file, complaint-save"
  })
  void theMarksShownBeforeSavingAreTheFieldsTheServiceRefusesAsMissing(
      String user, String route, String open, String save) {
    signIn(user);
    UI.getCurrent().navigate(route);
    _click(_get(Button.class, spec -> spec.withId(open)));
    Dialog dialog = _get(Dialog.class);
    Set<String> marked = labels(dialog, f -> ((HasValue<?, ?>) f).isRequiredIndicatorVisible());
    assertThat(marked).as("marked before saving").isNotEmpty();
    Set<String> markedAndEmpty =
        labels(
            dialog,
            f ->
                ((HasValue<?, ?>) f).isRequiredIndicatorVisible()
                    && ((HasValue<?, ?>) f).isEmpty());

    _click(_get(Button.class, spec -> spec.withId(save)));
    Set<String> missing =
        labels(
            dialog,
            f ->
                f instanceof HasValidation v
                    && v.isInvalid()
                    && MISSING.equals(v.getErrorMessage()));
    assertThat(markedAndEmpty)
        .as("the marked fields left empty (not those with a default) = those refused as missing")
        .isEqualTo(missing);
  }

  private static Set<String> labels(Dialog dialog, java.util.function.Predicate<Component> test) {
    Set<String> labels = new TreeSet<>();
    List<Component> fields =
        _find(dialog, Component.class, spec -> {}).stream()
            .filter(c -> c instanceof HasValue<?, ?> && c instanceof HasLabel)
            .filter(Component::isVisible)
            .filter(c -> c.getElement().isEnabled())
            .toList();
    for (Component f : fields) {
      if (test.test(f)) {
        labels.add(((HasLabel) f).getLabel());
      }
    }
    return labels;
  }
}
