package cn.linggong.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Forms and processes are checked before anything runs: what the forms module and the processes
 * module ship now, and fixtures of every kind of broken file, whose messages name the file.
 */
class FormCatalogTest {

  private static final Set<String> VALIDATORS =
      Set.of("resident-id", "credit-code", "mobile", "money", "job-categories", "districts");

  private static Resource[] fixture(String name) {
    return new Resource[] {new ClassPathResource("form-fixtures/" + name)};
  }

  @Test
  void everyShippedFormAndProcessIsUsable() throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    Map<String, FormDefinition> forms =
        FormCatalog.load(resolver.getResources(FormCatalog.FORMS), VALIDATORS);
    FormCatalog.checkFormRefs(resolver.getResources(FormCatalog.PROCESSES), forms.keySet());
  }

  @Test
  void readsEveryComponentTypeLinggongRenders() throws IOException {
    Map<String, FormDefinition> forms =
        FormCatalog.load(fixture("good/all-types.form"), VALIDATORS);
    FormDefinition form = forms.get("form_all_types");
    assertThat(form.components())
        .extracting(FormComponent::type)
        .containsExactly(
            "text",
            "textfield",
            "textfield",
            "textfield",
            "textarea",
            "number",
            "checkbox",
            "checklist",
            "radio",
            "select",
            "taglist",
            "datetime",
            "datetime",
            "separator",
            "group");
    assertThat(form.inputs()).extracting(FormComponent::key).contains("mobile", "employerCode");
    FormComponent id =
        form.inputs().stream().filter(c -> c.key().equals("idNumber")).findFirst().orElseThrow();
    assertThat(id.property("validator")).isEqualTo("resident-id");
    assertThat(id.property("target")).isEqualTo("worker.idNumber");
    FormCatalog.checkFormRefs(fixture("good/accept.bpmn"), forms.keySet());
  }

  @Test
  void badJsonFailsNamingTheFile() {
    assertThatThrownBy(() -> FormCatalog.load(fixture("bad/broken-json.form"), VALIDATORS))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageStartingWith("broken-json.form: not valid JSON");
  }

  @Test
  void anUnknownComponentTypeFailsNamingTheFileAndTheType() {
    assertThatThrownBy(() -> FormCatalog.load(fixture("bad/unknown-type.form"), VALIDATORS))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining("unknown-type.form")
        .hasMessageContaining("\"filepicker\"");
  }

  @Test
  void aValidatorThatDoesNotExistFailsNamingIt() {
    assertThatThrownBy(() -> FormCatalog.load(fixture("bad/unknown-validator.form"), VALIDATORS))
        .hasMessageContaining("unknown-validator.form")
        .hasMessageContaining("\"passport\"");
  }

  @Test
  void aFormRefNamingNoFormFailsNamingTheProcessFileAndTask() {
    assertThatThrownBy(
            () ->
                FormCatalog.checkFormRefs(
                    fixture("bad/missing-form.bpmn"), Set.of("form_all_types")))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining("missing-form.bpmn")
        .hasMessageContaining("user_task_mediate")
        .hasMessageContaining("form_that_does_not_exist");
  }

  @Test
  void aFormIdUsedTwiceFails() {
    Resource[] twice = {
      new ClassPathResource("form-fixtures/good/all-types.form"),
      new ClassPathResource("form-fixtures/good/all-types.form")
    };
    assertThatThrownBy(() -> FormCatalog.load(twice, VALIDATORS))
        .hasMessageContaining("also used by");
  }
}
