package cn.linggong.casework;

import cn.linggong.shared.RuleViolationException;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Withdrawing a case: a reason from the case type's list and a note (needed for "other"); problems
 * beside their fields, a case closed meanwhile said and the screen drawn again.
 */
public class WithdrawalDialog<R extends Enum<R>> extends Dialog {

  public WithdrawalDialog(
      String title,
      String confirmLabel,
      R[] reasons,
      Function<R, String> reasonLabel,
      BiConsumer<R, String> withdraw,
      Runnable withdrawn,
      Runnable refresh) {
    setHeaderTitle(title);
    Select<R> reason = new Select<>();
    reason.setId("withdraw-reason");
    reason.setLabel(getTranslation("case.withdraw.reason"));
    reason.setItems(reasons);
    reason.setItemLabelGenerator(reasonLabel::apply);
    reason.setRequiredIndicatorVisible(true);
    TextArea note = new TextArea(getTranslation("case.withdraw.note"));
    note.setId("withdraw-note");
    Button confirm =
        new Button(
            confirmLabel,
            e -> {
              try {
                withdraw.accept(reason.getValue(), note.getValue());
                close();
                withdrawn.run();
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("reason", reason, "note", note));
              } catch (RuleViolationException refused) {
                close();
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
                refresh.run();
              }
            });
    confirm.setId("withdraw-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    add(new VerticalLayout(reason, note));
    getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), confirm);
  }
}
