package cn.linggong.identity;

import cn.linggong.shared.i18n.Languages;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;

/** One's own account: language and password. */
@Route("account")
@PermitAll
@Menu(title = "nav.account", order = 90, icon = "vaadin:user")
public class AccountView extends VerticalLayout implements HasDynamicTitle {

  public AccountView(CurrentUser currentUser, DirectoryService directory, Passwords passwords) {
    setId("account-view");
    setMaxWidth("40em");
    LinggongUser user = currentUser.require();
    add(new H2(getTranslation("nav.account")));

    add(new H3(getTranslation("account.language")));
    RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    language.setItems(Languages.SUPPORTED);
    language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
    language.setValue(Languages.closest(getLocale()));
    language.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            directory.setLanguage(user.userId(), e.getValue());
            getUI().ifPresent(ui -> ui.getPage().reload());
          }
        });
    add(language);

    add(new H3(getTranslation("account.password")));
    PasswordField current = new PasswordField(getTranslation("account.password.current"));
    PasswordField fresh = new PasswordField(getTranslation("account.password.new"));
    PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
    Map<String, PasswordField> fields =
        Map.of("currentPassword", current, "newPassword", fresh, "repeat", repeat);
    Button change = new Button(getTranslation("account.password.change"));
    change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    change.addClickListener(
        e -> {
          FieldErrors.clear(fields);
          try {
            if (!fresh.getValue().equals(repeat.getValue())) {
              throw InvalidInputException.of("repeat", "account.password.mismatch");
            }
            passwords.changeOwnPassword(user.userId(), current.getValue(), fresh.getValue());
            current.clear();
            fresh.clear();
            repeat.clear();
            Notification.show(getTranslation("account.password.changed"))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
          } catch (InvalidInputException invalid) {
            FieldErrors.show(this, invalid, fields);
          }
        });
    FormLayout form = new FormLayout(current, fresh, repeat);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    add(form, change);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.account");
  }
}
