package cn.linggong.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.form.FormCatalog;
import cn.linggong.form.FormComponent;
import cn.linggong.form.FormDefinition;
import cn.linggong.testsupport.Bundles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a shipped form shows (labels, options, text blocks) has its English text in {@code
 * i18n/forms_en.properties}, and that bundle holds nothing for a field that no longer exists.
 */
class FormTextsTest {

  private static final Set<String> VALIDATORS =
      Set.of("resident-id", "credit-code", "mobile", "money", "job-categories", "districts");

  @Test
  void everyShippedFormTextHasItsEnglishText() throws IOException {
    var forms =
        FormCatalog.load(
            new PathMatchingResourcePatternResolver().getResources(FormCatalog.FORMS), VALIDATORS);
    assertThat(forms).isNotEmpty();
    List<String> keys = new ArrayList<>();
    for (FormDefinition form : forms.values()) {
      collect(form.id(), form.components(), new int[1], keys);
    }
    Set<Object> english = Bundles.load("/i18n/forms_en.properties").keySet();
    assertThat(english).containsExactlyInAnyOrderElementsOf(keys);
    Bundles.assertAllFormat("/i18n/forms_en.properties");
  }

  private static void collect(
      String formId, List<FormComponent> components, int[] texts, List<String> keys) {
    for (FormComponent c : components) {
      String key = FormRenderer.textKey(formId, c, texts);
      if (key != null && (c.label() != null || c.text() != null)) {
        keys.add(key);
      }
      if (key != null && c.description() != null) {
        keys.add(key + ".description");
      }
      if (key != null && c.values() != null) {
        c.values().forEach(o -> keys.add(key + "." + o.value()));
      }
      if (c.components() != null) {
        collect(formId, c.components(), texts, keys);
      }
    }
  }
}
