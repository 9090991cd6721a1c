package cn.linggong.sla;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Admins keep the table of named time limits that every process reads by key. */
@Route("admin/time-limits")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.timeLimits", order = 83, icon = "vaadin:timer")
public class TimeLimitAdminView extends VerticalLayout implements HasDynamicTitle {

  private final transient TimeLimits timeLimits;
  private final cn.linggong.identity.LinggongUser actor;
  private final Grid<TimeLimit> grid = new Grid<>();

  public TimeLimitAdminView(TimeLimits timeLimits, CurrentUser currentUser) {
    this.timeLimits = timeLimits;
    this.actor = currentUser.require();
    setId("time-limit-admin-view");
    setSizeFull();
    grid.addColumn(TimeLimit::key).setHeader(getTranslation("limits.key")).setAutoWidth(true);
    grid.addColumn(l -> getTranslation("limits.amount." + l.unit().name(), l.amount()))
        .setHeader(getTranslation("limits.amount"))
        .setAutoWidth(true);
    grid.addColumn(TimeLimit::legalBasis).setHeader(getTranslation("limits.basis")).setFlexGrow(1);
    grid.addItemClickListener(e -> edit(e.getItem()));
    grid.setItems(timeLimits.all());
    grid.setSizeFull();
    Button add =
        new Button(getTranslation("limits.new"), VaadinIcon.PLUS.create(), e -> edit(null));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new H2(getTranslation("nav.timeLimits")),
        new Paragraph(getTranslation("limits.hint")),
        add,
        grid);
  }

  private void edit(TimeLimit existing) {
    Dialog dialog = new Dialog(getTranslation(existing == null ? "limits.new" : "limits.edit"));
    dialog.setWidth("min(40em, 95vw)");
    TextField key = new TextField(getTranslation("limits.key"));
    key.setId("limit-key");
    IntegerField amount = new IntegerField(getTranslation("limits.amount"));
    amount.setId("limit-amount");
    Select<TimeUnit> unit = new Select<>();
    unit.setLabel(getTranslation("limits.unit"));
    unit.setItems(TimeUnit.values());
    unit.setItemLabelGenerator(u -> getTranslation("limits.unit." + u.name()));
    TextArea basis = new TextArea(getTranslation("limits.basis"));
    basis.setId("limit-basis");
    if (existing != null) {
      key.setValue(existing.key());
      key.setReadOnly(true);
      amount.setValue(existing.amount());
      unit.setValue(existing.unit());
      basis.setValue(existing.legalBasis());
    } else {
      unit.setValue(TimeUnit.WORKING_DAYS);
    }
    FormLayout form = new FormLayout(key, amount, unit, basis);
    form.setColspan(basis, 2);
    dialog.add(form);
    Button save =
        new Button(
            getTranslation("action.save"),
            e -> {
              try {
                timeLimits.save(
                    key.getValue(), amount.getValue(), unit.getValue(), basis.getValue(), actor);
                dialog.close();
                grid.setItems(timeLimits.all());
                Notification.show(getTranslation("limits.saved", key.getValue()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                FieldErrors.show(
                    this,
                    invalid,
                    Map.of("key", key, "amount", amount, "unit", unit, "legalBasis", basis));
              }
            });
    save.setId("limit-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.timeLimits");
  }
}
