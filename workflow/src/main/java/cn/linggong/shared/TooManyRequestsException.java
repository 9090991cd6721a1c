package cn.linggong.shared;

/** Too many requests of one kind from one address in a while (HTTP 429): try again later. */
public class TooManyRequestsException extends RuntimeException implements Explained {

  private final transient Message message;

  public TooManyRequestsException(String messageKey, Object... arguments) {
    super(messageKey);
    this.message = Message.of(messageKey, arguments);
  }

  @Override
  public Message message() {
    return message;
  }
}
