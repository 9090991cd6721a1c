package cn.linggong.shared.ui;

import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A dialog that saves a form through a service: problems beside their fields (or in a notice for a
 * field not on the form), nothing saved; on success the dialog closes and says what was saved.
 */
public class SaveDialog extends Dialog {

  /**
   * {@code save} calls the service and answers the success message; {@code saved} runs after (a
   * list refreshed).
   */
  private final Map<String, ? extends HasValidation> fields;

  public SaveDialog(
      String title,
      String saveId,
      Component form,
      Map<String, ? extends HasValidation> fields,
      Supplier<String> save,
      Runnable saved) {
    this.fields = fields;
    setHeaderTitle(title);
    Button button =
        new Button(
            getTranslation("employer.save"),
            e -> {
              if (DateField.refuseUnreadable(fields.values())) {
                return;
              }
              try {
                String done = save.get();
                close();
                Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.run();
              } catch (InvalidInputException invalid) {
                FieldErrors.showOrNotify(this, invalid, fields);
              }
            });
    button.setId(saveId);
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(form);
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), button);
  }

  /** Marks these fields required before saving (what the service refuses when missing). */
  public SaveDialog required(java.util.Collection<String> keys) {
    RequiredMarks.mark(fields, keys);
    return this;
  }
}
