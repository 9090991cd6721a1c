package cn.linggong.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shared.validation.CreditCodes;
import cn.linggong.shared.validation.DomainValidators;
import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.MobileNumbers;
import cn.linggong.shared.validation.MoneyAmounts;
import cn.linggong.shared.validation.ResidentIdNumbers;
import cn.linggong.shared.validation.ValidationProperties;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Server-side checks of submitted form values: each kind of invalid value gets the form's own
 * message.
 */
class FormValidatorTest {

  private final FormValidator validator =
      new FormValidator(
          new DomainValidators(
              List.of(
                  new ResidentIdNumbers(Clock.systemDefaultZone()),
                  new CreditCodes(),
                  new MobileNumbers(),
                  new MoneyAmounts(new ValidationProperties(new BigDecimal("100000000.00"))))));
  private final FormDefinition form;
  private final Map<String, Object> variables =
      Map.of(
          "outcomeOptions",
          List.of(
              Map.of("label", "受理", "value", "accept"),
              Map.of("label", "不予受理", "value", "refuse")));

  FormValidatorTest() throws IOException {
    form =
        FormCatalog.load(
                new Resource[] {new ClassPathResource("form-fixtures/good/all-types.form")},
                java.util.Set.of("resident-id", "credit-code", "mobile", "money"))
            .get("form_all_types");
  }

  private Map<String, Object> validInput() {
    Map<String, Object> in = new HashMap<>();
    in.put("complainantName", "张三");
    in.put("idNumber", "410102198503151232");
    in.put("caseCode", "QX-2026-000123");
    in.put("amount", "1234.50");
    in.put("channel", "hotline");
    in.put("outcome", "accept");
    in.put("evidence", List.of("iou"));
    in.put("receivedOn", "2026-10-09");
    in.put("visitAt", "2026-10-12T09:30");
    in.put("mobile", "13812345678");
    return in;
  }

  private String messageKeyOf(Map<String, Object> input, String field) {
    return validator.validate(form, input, variables).violations().stream()
        .filter(v -> v.field().equals(field))
        .map(v -> v.violation().messageKey())
        .findFirst()
        .orElse(null);
  }

  @Test
  void acceptsAValidSubmissionAndTypesTheValues() {
    var result = validator.validate(form, validInput(), variables);
    assertThat(result.violations()).isEmpty();
    assertThat(result.values().get("amount")).isEqualTo(new BigDecimal("1234.50"));
    assertThat(result.values().get("groupComplaint")).isEqualTo(Boolean.FALSE);
    assertThat(result.values().get("receivedOn")).isEqualTo(LocalDate.of(2026, 10, 9));
    assertThat(result.values().get("visitAt")).isEqualTo(LocalDateTime.of(2026, 10, 12, 9, 30));
    assertThat(result.values().get("evidence")).isEqualTo(List.of("iou"));
  }

  @Test
  void requiredFieldsLeftEmpty() {
    Map<String, Object> in = validInput();
    in.remove("complainantName");
    in.put("amount", " ");
    var keys =
        validator.validate(form, in, variables).violations().stream()
            .map(FieldViolation::field)
            .toList();
    assertThat(keys).containsExactlyInAnyOrder("complainantName", "amount");
  }

  @Test
  void lengthRules() {
    Map<String, Object> in = validInput();
    in.put("complainantName", "张");
    assertThat(messageKeyOf(in, "complainantName")).isEqualTo("form.minLength");
    in.put("complainantName", "张".repeat(21));
    assertThat(messageKeyOf(in, "complainantName")).isEqualTo("form.maxLength");
  }

  @Test
  void patternUsesTheFormsOwnMessage() {
    Map<String, Object> in = validInput();
    in.put("caseCode", "QX-26-1");
    var violation = validator.validate(form, in, variables).violations().get(0).violation();
    assertThat(violation.messageKey()).isEqualTo("form.custom");
    assertThat(violation.arguments()).containsExactly("编号形如 QX-2026-000123");
  }

  @Test
  void numberRules() {
    Map<String, Object> in = validInput();
    in.put("amount", "abc");
    assertThat(messageKeyOf(in, "amount")).isEqualTo("form.number");
    in.put("amount", "-1");
    assertThat(messageKeyOf(in, "amount")).isEqualTo("form.min");
    in.put("amount", "1000000.01");
    assertThat(messageKeyOf(in, "amount")).isEqualTo("form.max");
    in.put("amount", "12.345");
    assertThat(messageKeyOf(in, "amount")).isEqualTo("form.decimals");
  }

  @Test
  void optionsMustBeAmongTheStaticOrVariableOptions() {
    Map<String, Object> in = validInput();
    in.put("channel", "email");
    assertThat(messageKeyOf(in, "channel")).isEqualTo("form.option");
    in = validInput();
    in.put("outcome", "maybe");
    assertThat(messageKeyOf(in, "outcome")).isEqualTo("form.option");
    in = validInput();
    in.put("evidence", List.of("iou", "photo"));
    assertThat(messageKeyOf(in, "evidence")).isEqualTo("form.option");
    in = validInput();
    in.put("skills", "welder");
    assertThat(messageKeyOf(in, "skills")).isEqualTo("form.list");
  }

  @Test
  void datesAreReadInTheThreeWaysAPickerTakesThem() {
    for (String written : List.of("2026-10-09", "2026/10/9", "20261009")) {
      Map<String, Object> in = validInput();
      in.put("receivedOn", written);
      var result = validator.validate(form, in, variables);
      assertThat(result.violations()).isEmpty();
      assertThat(result.values()).containsEntry("receivedOn", java.time.LocalDate.of(2026, 10, 9));
    }
  }

  @Test
  void datesAndTimes() {
    Map<String, Object> in = validInput();
    in.put("receivedOn", "2026.10.09");
    assertThat(messageKeyOf(in, "receivedOn")).isEqualTo("form.date");
    in.put("receivedOn", "unreadable");
    assertThat(messageKeyOf(in, "receivedOn")).isEqualTo("form.date");
    in = validInput();
    in.put("visitAt", "tomorrow");
    assertThat(messageKeyOf(in, "visitAt")).isEqualTo("form.datetime");
  }

  @Test
  void checkboxMustBeABoolean() {
    Map<String, Object> in = validInput();
    in.put("groupComplaint", "perhaps");
    assertThat(messageKeyOf(in, "groupComplaint")).isEqualTo("form.boolean");
  }

  @Test
  void domainValidatorsNamedByTheFormApply() {
    Map<String, Object> in = validInput();
    in.put("idNumber", "410102198503151233");
    assertThat(messageKeyOf(in, "idNumber")).isEqualTo("validation.residentId.checkCharacter");
    in = validInput();
    in.put("mobile", "12812345678");
    assertThat(messageKeyOf(in, "mobile")).isEqualTo("validation.mobile.prefix");
  }

  @Test
  void readOnlyFieldsAreNeverTakenFromTheSubmission() {
    Map<String, Object> in = validInput();
    in.put("employerCode", "not even a code");
    var result = validator.validate(form, in, variables);
    assertThat(result.violations()).isEmpty();
    assertThat(result.values()).doesNotContainKey("employerCode");
  }
}
