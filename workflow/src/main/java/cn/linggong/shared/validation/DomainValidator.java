package cn.linggong.shared.validation;

import java.util.Optional;

/**
 * A validator of one kind of domain value that forms, REST and imports all use. Its {@link #name()}
 * is how a form names it ({@code properties.validator}).
 */
public interface DomainValidator {

  /** The name a form field uses to ask for this validator, e.g. {@code resident-id}. */
  String name();

  /**
   * Checks a value as a person typed it. Blank values are not this validator's business ("required"
   * is checked by the form), so a blank value passes.
   */
  default Optional<Violation> check(String input) {
    return input == null || input.isBlank() ? Optional.empty() : checkGiven(input);
  }

  /** Checks a value that is not blank. */
  Optional<Violation> checkGiven(String input);
}
