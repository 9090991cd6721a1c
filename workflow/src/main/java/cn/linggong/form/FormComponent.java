package cn.linggong.form;

import java.util.List;
import java.util.Map;

/**
 * One component of a Camunda Form (form-js JSON), as far as Linggong renders and validates it.
 *
 * @param type textfield, textarea, number, checkbox, checklist, radio, select, taglist, datetime,
 *     group, text, separator
 * @param key the process variable (or, with {@code properties.target}, the domain field) it fills
 * @param subtype for datetime: date, time or datetime
 * @param values static options; {@code valuesKey} names a process variable holding them instead
 * @param properties form-js custom properties: {@code validator}, {@code widget}, {@code target},
 *     {@code patternMessage}
 * @param components the children of a group
 * @param hide form-js {@code conditional.hide}: when it holds, the component (a group: all it
 *     holds) is hidden on the screen and neither required nor taken on the server; null when always
 *     shown
 */
public record FormComponent(
    String type,
    String key,
    String label,
    String description,
    Object defaultValue,
    boolean readonly,
    boolean disabled,
    Validation validate,
    List<Option> values,
    String valuesKey,
    String subtype,
    String text,
    Integer decimalDigits,
    Map<String, String> properties,
    List<FormComponent> components,
    FormExpression hide) {

  /** form-js {@code validate}: the rules the server checks again. */
  public record Validation(
      boolean required,
      java.math.BigDecimal min,
      java.math.BigDecimal max,
      Integer minLength,
      Integer maxLength,
      String pattern,
      String patternErrorMessage) {

    public static final Validation NONE = new Validation(false, null, null, null, null, null, null);
  }

  /** An option of a select, radio, checklist or taglist. */
  public record Option(String label, String value) {}

  public String property(String name) {
    return properties == null ? null : properties.get(name);
  }

  /** Whether it holds a value (text, separator and group do not). */
  public boolean isInput() {
    return FormTypes.INPUTS.contains(type);
  }
}
