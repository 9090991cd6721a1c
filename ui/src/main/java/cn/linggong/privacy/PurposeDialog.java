package cn.linggong.privacy;

import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Asks why someone wants to see personal data in full before it is shown: a purpose from the list
 * and, for 其他, the reason. The service checks the answer again and audits it.
 */
public class PurposeDialog extends Dialog {

  /**
   * @param show called with the purpose and the note; throws {@link InvalidInputException} when the
   *     service refuses them, which this dialog shows beside the fields
   */
  public PurposeDialog(String title, BiConsumer<FullViewPurpose, String> show) {
    setId("purpose-dialog");
    setHeaderTitle(title);
    RadioButtonGroup<FullViewPurpose> purpose = new RadioButtonGroup<>();
    purpose.setId("purpose");
    purpose.setLabel(getTranslation("privacy.purpose.label"));
    purpose.setItems(FullViewPurpose.values());
    purpose.setItemLabelGenerator(p -> getTranslation("privacy.purpose." + p.name()));
    purpose.addThemeName("vertical");
    purpose.setRequiredIndicatorVisible(true);
    TextField note = new TextField(getTranslation("privacy.purpose.note"));
    note.setId("purpose-note");
    note.setWidthFull();
    note.setVisible(false);
    note.setRequiredIndicatorVisible(true);
    purpose.addValueChangeListener(e -> note.setVisible(e.getValue() == FullViewPurpose.OTHER));
    Button ok = new Button(getTranslation("privacy.purpose.show"));
    ok.setId("purpose-show");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    ok.addClickListener(
        e -> {
          try {
            show.accept(purpose.getValue(), note.isVisible() ? note.getValue() : null);
            close();
          } catch (InvalidInputException invalid) {
            FieldErrors.showOrNotify(
                this, invalid, Map.of("purpose", purpose, "purposeNote", note));
          }
        });
    add(new VerticalLayout(new Paragraph(getTranslation("privacy.purpose.hint")), purpose, note));
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    setWidth("min(32em, 96vw)");
  }
}
