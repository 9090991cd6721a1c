package cn.linggong.identity;

import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** The dialog that creates a user (summary null) or changes one. */
class UserEditor extends Dialog {

  private static final String CITY = "";

  private final TextField userId = new TextField();
  private final TextField name = new TextField();
  private final EmailField email = new EmailField();
  private final TextField organisation = new TextField();
  private final CheckboxGroup<String> roles = new CheckboxGroup<>();
  private final Select<String> district = new Select<>();
  private final PasswordField password = new PasswordField();
  private final Map<String, HasValidation> fields = new HashMap<>();

  UserEditor(
      DirectoryService directory,
      Districts districts,
      Passwords passwords,
      LinggongUser actor,
      DirectoryService.UserSummary existing,
      Runnable saved) {
    boolean creating = existing == null;
    setHeaderTitle(getTranslation(creating ? "users.new" : "users.edit"));
    setWidth("min(36em, 95vw)");
    userId.setLabel(getTranslation("users.userId"));
    userId.setId("user-id");
    name.setLabel(getTranslation("users.name"));
    name.setId("user-name");
    email.setLabel(getTranslation("users.email"));
    organisation.setLabel(getTranslation("users.organisation"));
    organisation.setHelperText(getTranslation("users.organisation.help"));
    organisation.setId("user-organisation");
    roles.setLabel(getTranslation("users.roles"));
    roles.setItems(Roles.ASSIGNABLE);
    roles.setItemLabelGenerator(r -> getTranslation("role." + r));
    cn.linggong.shared.ui.RequiredMarks.require(true, userId, name, roles);
    password.setRequiredIndicatorVisible(creating);
    district.setLabel(getTranslation("users.district"));
    var districtIds = new java.util.ArrayList<String>();
    districtIds.add(CITY);
    Map<String, String> names = new HashMap<>();
    districts
        .districts()
        .forEach(
            d -> {
              districtIds.add(d.id());
              names.put(d.id(), d.name());
            });
    district.setItems(districtIds);
    district.setItemLabelGenerator(
        id -> id.isEmpty() ? getTranslation("shell.cityLevel") : names.get(id));
    district.setValue(CITY);
    password.setLabel(getTranslation("users.password"));
    password.setId("user-password");
    fields.putAll(
        Map.of(
            "userId",
            userId,
            "name",
            name,
            "email",
            email,
            "roles",
            roles,
            "districtId",
            district,
            "password",
            password,
            "organisation",
            organisation));

    FormLayout form = new FormLayout();
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    if (creating) {
      form.add(userId, password);
    } else {
      userId.setValue(existing.userId());
      name.setValue(existing.name());
      email.setValue(existing.email() == null ? "" : existing.email());
      organisation.setValue(existing.organisation() == null ? "" : existing.organisation());
      var assigned = new HashSet<>(existing.roles());
      assigned.retainAll(Roles.ASSIGNABLE);
      roles.setValue(assigned);
      district.setValue(existing.districtId() == null ? CITY : existing.districtId());
    }
    form.add(name, email, district, organisation, roles);
    add(form);

    Button save = new Button(getTranslation("action.save"));
    save.setId("save-user");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          var draft =
              new DirectoryService.UserDraft(
                  userId.getValue(),
                  name.getValue(),
                  email.getValue(),
                  roles.getValue(),
                  CITY.equals(district.getValue()) ? null : district.getValue(),
                  password.getValue(),
                  organisation.getValue());
          try {
            if (creating) {
              directory.createUser(draft, actor);
            } else {
              directory.updateUser(existing.userId(), draft, actor);
            }
            close();
            saved.run();
            Notification.show(getTranslation("users.saved", draft.userId()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
          } catch (InvalidInputException invalid) {
            String other = FieldErrors.show(this, invalid, fields);
            if (!other.isEmpty()) {
              Notification.show(other).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
          }
        });
    Button cancel = new Button(getTranslation("action.cancel"), e -> close());
    getFooter().add(cancel, save);

    if (!creating) {
      Button resetPassword =
          new Button(
              getTranslation("users.resetPassword"),
              e -> resetPassword(passwords, actor, existing.userId()));
      getFooter().addComponentAsFirst(resetPassword);
      if (existing.locked()) {
        Button unlock =
            new Button(
                getTranslation("users.unlock"),
                e -> {
                  directory.unlock(existing.userId(), actor);
                  close();
                  saved.run();
                });
        unlock.setId("unlock-user");
        getFooter().addComponentAsFirst(unlock);
      }
    }
  }

  private void resetPassword(Passwords passwords, LinggongUser actor, String id) {
    Dialog dialog = new Dialog(getTranslation("users.resetPassword"));
    PasswordField fresh = new PasswordField(getTranslation("users.password"));
    Button ok =
        new Button(
            getTranslation("action.save"),
            e -> {
              try {
                passwords.resetPassword(id, fresh.getValue(), actor);
                dialog.close();
                Notification.show(getTranslation("users.passwordReset", id))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("password", fresh));
              }
            });
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(fresh);
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
    dialog.open();
  }
}
