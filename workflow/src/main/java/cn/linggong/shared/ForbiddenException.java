package cn.linggong.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * The person may not do this, with a message saying why (a task for another group). A plain {@link
 * AccessDeniedException} says only "no permission".
 */
public class ForbiddenException extends AccessDeniedException implements Explained {

  private final transient Message message;

  public ForbiddenException(String messageKey, Object... arguments) {
    super(messageKey);
    this.message = Message.of(messageKey, arguments);
  }

  @Override
  public Message message() {
    return message;
  }
}
