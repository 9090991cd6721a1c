package cn.linggong.shared;

import java.util.List;

/**
 * An exception that says what went wrong in the person's language: a key of the {@code
 * i18n/messages} bundle with its arguments, which the REST API and the screens translate.
 */
public interface Explained {

  /** The key and its arguments. */
  record Message(String key, List<Object> arguments) {

    public static Message of(String key, Object... arguments) {
      return new Message(key, List.of(arguments));
    }
  }

  Message message();

  default String messageKey() {
    return message().key();
  }

  default Object[] arguments() {
    return message().arguments().toArray();
  }
}
