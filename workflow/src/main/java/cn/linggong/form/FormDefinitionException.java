package cn.linggong.form;

/** A form or process file that cannot be used; the message names the file and what is wrong. */
public class FormDefinitionException extends RuntimeException {

  public FormDefinitionException(String message) {
    super(message);
  }

  public FormDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
