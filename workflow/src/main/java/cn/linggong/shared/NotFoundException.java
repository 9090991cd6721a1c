package cn.linggong.shared;

/** A record that was asked for does not exist, or is outside the asker's district. */
public class NotFoundException extends RuntimeException implements Explained {

  private final transient Message message;

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey);
    this.message = Message.of(messageKey, arguments);
  }

  @Override
  public Message message() {
    return message;
  }
}
