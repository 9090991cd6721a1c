package cn.linggong.shared.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Input that a person or a client typed was refused, field by field. Services throw it before they
 * write anything; screens show each message beside its field, the REST API answers 400 with the
 * list.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super("Invalid input: " + violations.stream().map(FieldViolation::field).toList());
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(String field, String messageKey, Object... arguments) {
    return new InvalidInputException(List.of(FieldViolation.of(field, messageKey, arguments)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  /** Collects violations and throws them together, so a person sees every problem at once. */
  public static final class Collector {
    private final List<FieldViolation> violations = new ArrayList<>();

    public Collector add(String field, Optional<Violation> violation) {
      violation.ifPresent(v -> violations.add(new FieldViolation(field, v)));
      return this;
    }

    public Collector add(String field, String messageKey, Object... arguments) {
      violations.add(FieldViolation.of(field, messageKey, arguments));
      return this;
    }

    public Collector requireText(String field, String value) {
      if (value == null || value.isBlank()) {
        add(field, "validation.required");
      }
      return this;
    }

    /** A text, once trimmed, of at most {@code max} characters (none given passes). */
    public Collector maxLength(String field, String value, int max) {
      if (value != null && value.trim().length() > max) {
        add(field, "validation.tooLong", max);
      }
      return this;
    }

    /** Takes over another collector's problems, their fields prefixed ("employer." + field). */
    public Collector addAll(String prefix, Collector other) {
      other.violations.forEach(
          v -> violations.add(new FieldViolation(prefix + v.field(), v.violation())));
      return this;
    }

    public boolean isEmpty() {
      return violations.isEmpty();
    }

    public boolean has(String field) {
      return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    public void throwIfAny() {
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
    }
  }
}
