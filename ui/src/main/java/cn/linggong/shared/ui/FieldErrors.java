package cn.linggong.shared.ui;

import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.stream.Collectors;

/** Shows a service's refusal beside the fields it names. */
public final class FieldErrors {

  private FieldErrors() {}

  /**
   * Marks each named field invalid with its translated message and clears the others. Messages for
   * fields the form does not show are returned, to be shown in a notification.
   */
  public static String show(
      Component anyComponent,
      InvalidInputException e,
      Map<String, ? extends HasValidation> fields) {
    fields.values().forEach(f -> f.setInvalid(false));
    StringBuilder unmatched = new StringBuilder();
    for (FieldViolation v : e.violations()) {
      String text = translate(anyComponent, v);
      HasValidation field = fields.get(v.field());
      if (field != null) {
        field.setErrorMessage(text);
        field.setInvalid(true);
      } else {
        unmatched
            .append(unmatched.isEmpty() ? "" : Punctuation.semicolon(anyComponent))
            .append(text);
      }
    }
    return unmatched.toString();
  }

  /**
   * Shows each message beside its field; what belongs to no shown field comes up as an error
   * notification.
   */
  public static void showOrNotify(
      Component anyComponent,
      InvalidInputException e,
      Map<String, ? extends HasValidation> fields) {
    String rest = show(anyComponent, e, fields);
    if (!rest.isEmpty()) {
      com.vaadin.flow.component.notification.Notification.show(rest)
          .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
    }
  }

  public static void clear(Map<String, ? extends HasValidation> fields) {
    fields.values().forEach(f -> f.setInvalid(false));
  }

  /** All messages of the refusal in one line. */
  public static String summary(Component anyComponent, InvalidInputException e) {
    return e.violations().stream()
        .map(v -> translate(anyComponent, v))
        .collect(Collectors.joining(Punctuation.semicolon(anyComponent)));
  }

  private static String translate(Component c, FieldViolation v) {
    return c.getTranslation(v.violation().messageKey(), v.violation().argumentArray());
  }
}
