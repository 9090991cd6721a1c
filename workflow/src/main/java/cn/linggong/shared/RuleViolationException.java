package cn.linggong.shared;

import java.util.List;

/**
 * A well-formed request that a rule of the domain does not allow, or cannot answer (the REST API
 * answers 422). The message is a key of the {@code i18n/messages} bundle with its arguments.
 */
public class RuleViolationException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public RuleViolationException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
