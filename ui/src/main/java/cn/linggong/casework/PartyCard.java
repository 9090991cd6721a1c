package cn.linggong.casework;

import cn.linggong.privacy.FullViewPurpose;
import cn.linggong.privacy.PurposeDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BiFunction;

/**
 * The people of a case, masked; where the person may, a button that un-masks one fact (the full ID
 * number) after asking the purpose, which the service audits. The full fact is shown apart, in a
 * notice, never beside the masked one.
 */
public class PartyCard extends VerticalLayout {

  private static final int SHOWN_MS = 8000;

  public PartyCard(Component masked) {
    setPadding(false);
    setWidth(null);
    add(masked);
  }

  /**
   * The audited full view: {@code reveal} asks the service (which checks, audits and answers the
   * fact) with the purpose given; {@code messageKey} says it, with the fact as its argument.
   */
  public PartyCard fullView(
      String id,
      String labelKey,
      boolean allowed,
      String messageKey,
      BiFunction<FullViewPurpose, String, String> reveal) {
    String label = getTranslation(labelKey);
    Button button =
        new Button(
            label,
            e ->
                new PurposeDialog(
                        label,
                        (purpose, note) ->
                            Notification.show(
                                getTranslation(messageKey, reveal.apply(purpose, note)),
                                SHOWN_MS,
                                Notification.Position.MIDDLE))
                    .open());
    button.setId(id);
    button.setVisible(allowed);
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add(button);
    return this;
  }
}
