package cn.linggong.employer;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.ui.RegistryPage;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/** 用工主体: register employers, verify them (双实名), find them by name. */
@Route("employers")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
@Menu(title = "nav.employers", order = 12, icon = "vaadin:office")
public class EmployerView extends RegistryPage<Employer> {

  private final transient EmployerRegistry registry;
  private final transient Districts districts;
  private final transient LinggongUser user;
  private final transient cn.linggong.identity.UserNames names;

  public EmployerView(
      EmployerRegistry registry,
      Districts districts,
      CurrentUser currentUser,
      cn.linggong.identity.UserNames names) {
    super("employer-view", "employer-grid", "nav.employers");
    this.registry = registry;
    this.districts = districts;
    this.user = currentUser.require();
    this.names = names;

    TextField name = textFilter("employer-search-name", "employer.search.name");
    Checkbox unverifiedOnly = filter(new Checkbox(getTranslation("employer.search.unverified")));
    action(
        "employer-register",
        "employer.register",
        EmployerPolicy.REGISTER.allows(user),
        this::openRegistration);

    column(Employer::name, "employer.name");
    detail(e -> getTranslation("employer.kind." + e.kind()), "employer.kind");
    detail(
        e -> e.creditCode() != null ? e.creditCode() : e.idNumberMasked(), "employer.identifier");
    detail(e -> e.contactName() + " " + e.contactPhoneMasked(), "employer.contact");
    narrow.addColumn(Employer::address).setHeader(getTranslation("employer.address"));
    grid.addColumn(new ComponentRenderer<>(this::verification))
        .setKey("verification")
        .setHeader(getTranslation("employer.verified"))
        .setAutoWidth(true);
    rows(
        (offset, limit) ->
            registry.search(
                user,
                name.getValue(),
                unverifiedOnly.getValue() ? Boolean.FALSE : null,
                null,
                offset,
                limit));
    emptyState("employer.empty");
  }

  private com.vaadin.flow.component.Component verification(Employer e) {
    if (e.verified()) {
      Span done = new Span(getTranslation("employer.verifiedBy", names.of(this, e.verifiedBy())));
      done.getElement().getThemeList().add("badge success");
      return done;
    }
    Button verify = new Button(getTranslation("employer.verify"));
    verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
    verify.setId("verify-" + e.id());
    verify.addClickListener(
        click -> {
          try {
            registry.verify(user, e.id());
            Notification.show(getTranslation("employer.verifiedNow", e.name()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
          } catch (ConflictException conflict) {
            Notification.show(getTranslation(conflict.messageKey(), conflict.arguments()))
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
          }
          refresh();
        });
    return verify;
  }

  private void openRegistration() {
    RadioButtonGroup<Employer.Kind> kind = new RadioButtonGroup<>(getTranslation("employer.kind"));
    kind.setItems(Employer.Kind.values());
    kind.setItemLabelGenerator(k -> getTranslation("employer.kind." + k));
    kind.setValue(Employer.Kind.ORGANIZATION);
    TextField employerName = new TextField(getTranslation("employer.name"));
    employerName.setId("employer-name");
    TextField creditCode = new TextField(getTranslation("employer.creditCode"));
    creditCode.setId("employer-credit-code");
    TextField idNumber = new TextField(getTranslation("employer.idNumber"));
    idNumber.setVisible(false);
    kind.addValueChangeListener(
        e -> {
          creditCode.setVisible(e.getValue() == Employer.Kind.ORGANIZATION);
          idNumber.setVisible(e.getValue() == Employer.Kind.INDIVIDUAL);
        });
    TextField contactName = new TextField(getTranslation("employer.contactName"));
    contactName.setId("employer-contact-name");
    TextField contactPhone = new TextField(getTranslation("employer.contactPhone"));
    contactPhone.setId("employer-contact-phone");
    TextField address = new TextField(getTranslation("employer.address"));
    address.setId("employer-address");
    Select<District> district =
        cn.linggong.identity.DistrictSelect.of(
            getTranslation("employer.district"), districts, user);
    FormLayout form =
        new FormLayout(
            kind, employerName, creditCode, idNumber, contactName, contactPhone, address, district);
    Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
    fields.put("name", employerName);
    fields.put("creditCode", creditCode);
    fields.put("idNumber", idNumber);
    fields.put("contactName", contactName);
    fields.put("contactPhone", contactPhone);
    fields.put("address", address);
    fields.put("districtId", district);
    new SaveDialog(
            getTranslation("employer.register"),
            "employer-save",
            form,
            fields,
            () -> {
              registry.register(
                  user,
                  new EmployerRegistry.Registration(
                      kind.getValue(),
                      employerName.getValue(),
                      creditCode.getValue(),
                      idNumber.getValue(),
                      contactName.getValue(),
                      contactPhone.getValue(),
                      address.getValue(),
                      district.getValue() == null ? null : district.getValue().id()));
              return getTranslation("employer.registeredNow", employerName.getValue());
            },
            this::refresh)
        .required(
            cn.linggong.shared.ui.RequiredMarks.withDistrict(
                user.cityLevel(),
                "name",
                "creditCode",
                "idNumber",
                "contactName",
                "contactPhone",
                "address"))
        .open();
  }
}
