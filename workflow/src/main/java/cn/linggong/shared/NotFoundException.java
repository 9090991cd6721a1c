package cn.linggong.shared;

import java.util.List;

/** A record that was asked for does not exist, or is outside the asker's district. */
public class NotFoundException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey);
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
