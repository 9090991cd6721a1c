package cn.linggong.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.shared.validation.DomainValidators;
import cn.linggong.shared.validation.FieldViolation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A field of another branch ({@code conditional.hide}, as Camunda Forms writes it) is hidden until
 * its choice is made, and the server judges it alike: not required, not taken, while hidden.
 */
class FormConditionsTest {

  private static final String FORM =
      """
      { "id": "outcome", "components": [
        { "type": "radio", "key": "outcome", "label": "结果", "validate": { "required": true },
          "values": [ { "label": "已录用", "value": "HIRED" }, { "label": "未录用", "value": "NOT_HIRED" } ] },
        { "type": "datetime", "subtype": "date", "key": "startDate", "label": "上岗日期",
          "validate": { "required": true }, "conditional": { "hide": "=outcome != \\"HIRED\\"" } },
        { "type": "group", "label": "原因", "conditional": { "hide": "=not(outcome = \\"NOT_HIRED\\")" },
          "components": [
            { "type": "textfield", "key": "reason", "label": "原因", "validate": { "required": true } } ] },
        { "type": "number", "key": "days", "label": "天数", "conditional": { "hide": "=days2 >= 3 or flag = true" } }
      ] }
      """;

  private final FormDefinition form = FormParser.parse("outcome.form", FORM);
  private final FormValidator validator = new FormValidator(new DomainValidators(List.of()));

  private static Map<String, Object> values(Object... keyValue) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValue.length; i += 2) {
      map.put((String) keyValue[i], keyValue[i + 1]);
    }
    return map;
  }

  @Test
  void beforeTheChoiceBothBranchesAreHidden() {
    assertThat(form.hidden(values())).containsExactlyInAnyOrder("startDate", "reason");
  }

  @Test
  void eachChoiceShowsItsOwnBranchOnly() {
    assertThat(form.hidden(values("outcome", "HIRED"))).containsExactly("reason");
    assertThat(form.hidden(values("outcome", "NOT_HIRED"))).containsExactly("startDate");
  }

  @Test
  void theServerRequiresOnlyTheShownBranchAndRefusesValuesOfTheOther() {
    FormValidator.Result hired = validator.validate(form, values("outcome", "HIRED"), Map.of());
    assertThat(hired.violations())
        .extracting(FieldViolation::field)
        .as("the shown date is required; the hidden reason is not")
        .containsExactly("startDate");

    FormValidator.Result notHired =
        validator.validate(
            form, values("outcome", "NOT_HIRED", "reason", "技能不符", "startDate", " "), Map.of());
    assertThat(notHired.valid()).isTrue();
    assertThat(notHired.values()).containsEntry("reason", "技能不符").doesNotContainKey("startDate");

    FormValidator.Result both =
        validator.validate(
            form,
            values("outcome", "NOT_HIRED", "reason", "技能不符", "startDate", "2026-12-01"),
            Map.of());
    assertThat(both.violations())
        .as("a value for the branch not chosen is refused, not silently dropped")
        .extracting(FieldViolation::field, v -> v.violation().messageKey())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("startDate", "form.notApplicable"));
  }

  @Test
  void numbersBooleansAndProcessVariablesAreComparedByValue() {
    assertThat(form.hidden(values("outcome", "HIRED", "days2", 3))).contains("days");
    assertThat(form.hidden(values("outcome", "HIRED", "days2", "2.0"))).doesNotContain("days");
    assertThat(form.hidden(values("outcome", "HIRED", "flag", "true"))).contains("days");
    assertThat(
            FormExpression.parse("=categories = \"cleaning\"")
                .test(values("categories", List.of("moving", "cleaning"))))
        .as("a checklist equals a value it holds")
        .isTrue();
    assertThat(FormExpression.parse("=x = null").test(values("x", " "))).isTrue();
    assertThat(FormExpression.parse("=a = \"1\" and (b > 2 or c < 1)").names())
        .containsExactly("a", "b", "c");
  }

  @Test
  void aConditionOutsideTheSubsetIsAFormErrorNamingTheFileAndField() {
    assertThatThrownBy(
            () ->
                FormParser.parse(
                    "bad.form",
                    """
                    { "id": "bad", "components": [
                      { "type": "textfield", "key": "x", "label": "x",
                        "conditional": { "hide": "=count(items) > 1" } } ] }
                    """))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining("bad.form")
        .hasMessageContaining("of x");
    assertThatThrownBy(() -> FormExpression.parse("outcome = 1"))
        .hasMessageContaining("starts with '='");
  }
}
