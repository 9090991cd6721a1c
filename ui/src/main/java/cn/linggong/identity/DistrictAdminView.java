package cn.linggong.identity;

import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Admins keep the list of districts (区县); each district's cases are seen only by its staff. */
@Route("admin/districts")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.districts", order = 81, icon = "vaadin:map-marker")
public class DistrictAdminView extends VerticalLayout implements HasDynamicTitle {

  public DistrictAdminView(Districts districts, CurrentUser currentUser) {
    setId("district-admin-view");
    Grid<District> grid = new Grid<>();
    grid.addColumn(District::id).setHeader(getTranslation("districts.id"));
    grid.addColumn(District::name).setHeader(getTranslation("districts.name"));
    grid.setItems(districts.districts());
    grid.setAllRowsVisible(true);

    TextField id = new TextField(getTranslation("districts.id"));
    id.setPlaceholder("kf-gulou");
    TextField name = new TextField(getTranslation("districts.name"));
    name.setPlaceholder("鼓楼区");
    Button add = new Button(getTranslation("districts.add"));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Map<String, TextField> fields = Map.of("id", id, "name", name);
    add.addClickListener(
        e -> {
          try {
            districts.createDistrict(id.getValue(), name.getValue(), currentUser.require());
            FieldErrors.clear(fields);
            Notification.show(getTranslation("districts.added", name.getValue()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            id.clear();
            name.clear();
            grid.setItems(districts.districts());
          } catch (InvalidInputException invalid) {
            FieldErrors.show(this, invalid, fields);
          }
        });
    HorizontalLayout form = new HorizontalLayout(id, name, add);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    add(
        new H2(getTranslation("nav.districts")),
        new Paragraph(getTranslation("districts.hint")),
        grid,
        form);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.districts");
  }
}
