package cn.linggong.shared;

/** Someone else changed the record first (a task claimed or completed meanwhile): HTTP 409. */
public class ConflictException extends RuleViolationException {

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
