package cn.linggong.certification;

import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 登记异议: staff record an objection received by letter or call while a public notice runs (a
 * certification's or a subsidy's) — text required, name and contact optional.
 */
public final class ObjectionDialog {

  private ObjectionDialog() {}

  public static void open(
      Component on, Consumer<CertificationNotices.PublicObjection> send, Runnable after) {
    TextField name = new TextField(on.getTranslation("publicNotices.name"));
    name.setId("staff-objection-name");
    TextField contact = new TextField(on.getTranslation("publicNotices.contact"));
    contact.setId("staff-objection-contact");
    TextArea text = new TextArea(on.getTranslation("publicNotices.text"));
    text.setId("staff-objection-text");
    text.setRequiredIndicatorVisible(true);
    text.setWidthFull();
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("contact", contact);
    fields.put("text", text);
    FormLayout form = new FormLayout(name, contact, text);
    form.setColspan(text, 2);
    new SaveDialog(
            on.getTranslation("certification.recordObjection"),
            "staff-objection-save",
            form,
            fields,
            () -> {
              send.accept(
                  new CertificationNotices.PublicObjection(
                      name.getValue(), contact.getValue(), text.getValue()));
              return on.getTranslation("publicNotices.sent");
            },
            after)
        .open();
  }
}
