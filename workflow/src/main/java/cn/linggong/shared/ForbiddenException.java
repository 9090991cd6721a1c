package cn.linggong.shared;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The person may not do this, with a message saying why (a task for another group). A plain {@link
 * AccessDeniedException} says only "no permission".
 */
public class ForbiddenException extends AccessDeniedException {

  private final String messageKey;
  private final transient List<Object> arguments;

  public ForbiddenException(String messageKey, Object... arguments) {
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
