package cn.linggong.form;

import cn.linggong.shared.validation.DomainValidators;
import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Checks submitted values on the server against the form's own rules (required, min, max,
 * minLength, maxLength, pattern with its message, options) and the domain validators its fields
 * name ({@code properties.validator}), and turns them into typed values: numbers as BigDecimal,
 * checkboxes as Boolean, checklists and taglists as lists, dates and times as java.time values.
 * Read-only and disabled fields are never taken from the submission. A field hidden by its
 * condition for the values submitted is neither required nor taken, and a value sent for it anyway
 * is refused (it belongs to a choice not made).
 */
@Component
@RequiredArgsConstructor
public class FormValidator {

  private final DomainValidators validators;

  /** Typed values of every accepted field, and what was refused. */
  public record Result(Map<String, Object> values, List<FieldViolation> violations) {
    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /** The dates a form takes: the same range as the API's. */
  static final LocalDate EARLIEST = cn.linggong.shared.api.StrictJson.EARLIEST;

  static final LocalDate LATEST = cn.linggong.shared.api.StrictJson.LATEST;

  public Result validate(FormDefinition form, Map<String, ?> submitted, Map<String, ?> variables) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<FieldViolation> violations = new ArrayList<>();
    Map<String, Object> entered = new java.util.HashMap<>(variables);
    entered.putAll(submitted);
    Set<String> hidden = form.hidden(entered);
    for (FormComponent field : form.inputs()) {
      if (field.readonly() || field.disabled()) {
        continue;
      }
      if (hidden.contains(field.key())) {
        if (!isBlank(submitted.get(field.key()))
            && !(FormTypes.CHECKBOX.equals(field.type())
                && "false".equalsIgnoreCase(String.valueOf(submitted.get(field.key()))))) {
          violations.add(new FieldViolation(field.key(), Violation.of("form.notApplicable")));
        }
        continue;
      }
      Object raw = submitted.get(field.key());
      Optional<Violation> problem;
      if (isBlank(raw)) {
        problem =
            field.validate().required()
                ? Optional.of(Violation.of("form.required"))
                : Optional.empty();
        if (problem.isEmpty() && FormTypes.CHECKBOX.equals(field.type())) {
          values.put(field.key(), Boolean.FALSE);
        }
      } else {
        problem = check(field, raw, variables, values);
      }
      problem.ifPresent(v -> violations.add(new FieldViolation(field.key(), v)));
    }
    return new Result(values, List.copyOf(violations));
  }

  private Optional<Violation> check(
      FormComponent field, Object raw, Map<String, ?> variables, Map<String, Object> values) {
    FormComponent.Validation rules = field.validate();
    switch (field.type()) {
      case FormTypes.TEXTFIELD, FormTypes.TEXTAREA -> {
        String text = raw.toString().trim();
        int length = text.codePointCount(0, text.length());
        if (rules.minLength() != null && length < rules.minLength()) {
          return Optional.of(Violation.of("form.minLength", rules.minLength()));
        }
        if (rules.maxLength() != null && length > rules.maxLength()) {
          return Optional.of(Violation.of("form.maxLength", rules.maxLength()));
        }
        if (rules.pattern() != null && !Pattern.compile(rules.pattern()).matcher(text).matches()) {
          return Optional.of(patternViolation(field));
        }
        Optional<Violation> domain = domain(field, text);
        if (domain.isEmpty()) {
          values.put(field.key(), text);
        }
        return domain;
      }
      case FormTypes.NUMBER -> {
        BigDecimal number;
        try {
          number =
              raw instanceof Number n
                  ? new BigDecimal(n.toString())
                  : new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException e) {
          return Optional.of(Violation.of("form.number"));
        }
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
          return Optional.of(Violation.of("form.min", rules.min().toPlainString()));
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
          return Optional.of(Violation.of("form.max", rules.max().toPlainString()));
        }
        int digits = field.decimalDigits() == null ? 0 : field.decimalDigits();
        if (number.stripTrailingZeros().scale() > digits) {
          return Optional.of(Violation.of("form.decimals", digits));
        }
        Optional<Violation> domain = domain(field, number.toPlainString());
        if (domain.isEmpty()) {
          values.put(field.key(), number);
        }
        return domain;
      }
      case FormTypes.CHECKBOX -> {
        if (raw instanceof Boolean b) {
          values.put(field.key(), b);
        } else if ("true".equalsIgnoreCase(raw.toString())
            || "false".equalsIgnoreCase(raw.toString())) {
          values.put(field.key(), Boolean.parseBoolean(raw.toString()));
        } else {
          return Optional.of(Violation.of("form.boolean"));
        }
        if (rules.required() && Boolean.FALSE.equals(values.get(field.key()))) {
          return Optional.of(Violation.of("form.required"));
        }
        return Optional.empty();
      }
      case FormTypes.RADIO, FormTypes.SELECT -> {
        String value = raw.toString();
        if (!options(field, variables).contains(value)) {
          return Optional.of(Violation.of("form.option", value));
        }
        values.put(field.key(), value);
        return Optional.empty();
      }
      case FormTypes.CHECKLIST, FormTypes.TAGLIST -> {
        if (!(raw instanceof Collection<?> list)) {
          return Optional.of(Violation.of("form.list"));
        }
        Set<String> allowed = options(field, variables);
        List<String> chosen = list.stream().map(String::valueOf).toList();
        for (String value : chosen) {
          if (!allowed.contains(value)) {
            return Optional.of(Violation.of("form.option", value));
          }
        }
        values.put(field.key(), chosen);
        return Optional.empty();
      }
      case FormTypes.DATETIME -> {
        String text = raw.toString().trim();
        String subtype = field.subtype() == null ? "date" : field.subtype();
        try {
          Object value =
              switch (subtype) {
                case "time" -> LocalTime.parse(text);
                case "datetime" -> LocalDateTime.parse(text);
                default ->
                    cn.linggong.shared.time.DateInput.parse(text)
                        .orElseThrow(() -> new DateTimeParseException("not a date", text, 0));
              };
          LocalDate day =
              value instanceof LocalDateTime at
                  ? at.toLocalDate()
                  : value instanceof LocalDate d ? d : null;
          if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LATEST))) {
            return Optional.of(Violation.of("validation.dateRange", EARLIEST, LATEST));
          }
          values.put(field.key(), value);
          return Optional.empty();
        } catch (DateTimeParseException e) {
          return Optional.of(Violation.of("form." + subtype));
        }
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private Violation patternViolation(FormComponent field) {
    String message =
        field.validate().patternErrorMessage() != null
            ? field.validate().patternErrorMessage()
            : field.property("patternMessage");
    return message == null ? Violation.of("form.pattern") : Violation.of("form.custom", message);
  }

  private Optional<Violation> domain(FormComponent field, String text) {
    String name = field.property("validator");
    return name == null ? Optional.empty() : validators.check(name, text);
  }

  /** The allowed option values: static ones, or those of the process variable {@code valuesKey}. */
  static Set<String> options(FormComponent field, Map<String, ?> variables) {
    if (field.valuesKey() != null) {
      Object dynamic = variables.get(field.valuesKey());
      if (dynamic instanceof Collection<?> list) {
        return list.stream()
            .map(o -> o instanceof Map<?, ?> m ? String.valueOf(m.get("value")) : String.valueOf(o))
            .collect(Collectors.toSet());
      }
      return Set.of();
    }
    return field.values().stream().map(FormComponent.Option::value).collect(Collectors.toSet());
  }

  private static boolean isBlank(Object raw) {
    return raw == null
        || (raw instanceof String s && s.isBlank())
        || (raw instanceof Collection<?> c && c.isEmpty());
  }
}
