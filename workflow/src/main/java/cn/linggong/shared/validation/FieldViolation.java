package cn.linggong.shared.validation;

import java.io.Serializable;

/** A refused value of one named field. */
public record FieldViolation(String field, Violation violation) implements Serializable {

  public static FieldViolation of(String field, String messageKey, Object... arguments) {
    return new FieldViolation(field, Violation.of(messageKey, arguments));
  }
}
