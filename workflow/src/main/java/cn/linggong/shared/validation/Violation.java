package cn.linggong.shared.validation;

import java.io.Serializable;
import java.util.List;

/**
 * Why a value was refused: a message key of the {@code i18n/messages} bundle and the arguments of
 * that message. The caller translates it in the user's language.
 */
public record Violation(String messageKey, List<Object> arguments) implements Serializable {

  public Violation {
    arguments = List.copyOf(arguments);
  }

  public static Violation of(String messageKey, Object... arguments) {
    return new Violation(messageKey, List.of(arguments));
  }

  public Object[] argumentArray() {
    return arguments.toArray();
  }
}
