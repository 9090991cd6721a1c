package cn.linggong.inbox;

import cn.linggong.identity.UserNames;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Whom to give work to: a choice of the people the service found eligible, by name with the login;
 * a refusal of the service shows beside the choice and the dialog stays open.
 */
class ReassignDialog extends Dialog {

  /**
   * {@code idPrefix}: the ids of the choice ({@code -to}) and of the button ({@code -confirm});
   * {@code give} calls the service with the chosen user id.
   */
  ReassignDialog(
      String title,
      String idPrefix,
      Collection<String> people,
      UserNames names,
      Consumer<String> give) {
    super(title);
    Select<String> to = new Select<>();
    to.setId(idPrefix + "-to");
    to.setLabel(getTranslation("inbox.reassign.to"));
    to.setRequiredIndicatorVisible(true);
    to.setItems(people);
    to.setItemLabelGenerator(id -> names.of(this, id) + " (" + id + ")");
    Button ok =
        new Button(
            getTranslation("inbox.reassign"),
            e -> {
              try {
                give.accept(to.getValue());
                close();
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("userId", to));
              }
            });
    ok.setId(idPrefix + "-confirm");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(to);
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
  }
}
