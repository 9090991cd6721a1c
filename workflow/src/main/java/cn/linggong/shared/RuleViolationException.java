package cn.linggong.shared;

import java.util.List;

/**
 * A well-formed request that a rule of the domain does not allow, or cannot answer (the REST API
 * answers 422). The message is a key of the {@code i18n/messages} bundle with its arguments.
 */
public class RuleViolationException extends RuntimeException implements Explained {

  private final transient Message message;

  public RuleViolationException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.message = Message.of(messageKey, arguments);
  }

  @Override
  public Message message() {
    return message;
  }

  /**
   * The rule violation behind an exception, if any: the engine wraps what a listener or delegate
   * throws (a due date in a year the calendar cannot count) in its own exceptions.
   */
  public static java.util.Optional<RuleViolationException> in(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof RuleViolationException rule) {
        return java.util.Optional.of(rule);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return java.util.Optional.empty();
  }
}
