package cn.linggong.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** Admins create users, give them roles and a district, reset passwords and lift locks. */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  private final transient DirectoryService directory;
  private final transient Districts districts;
  private final transient Passwords passwords;
  private final Grid<DirectoryService.UserSummary> grid = new Grid<>();
  private final TextField search = new TextField();

  public UserAdminView(
      DirectoryService directory,
      Districts districts,
      Passwords passwords,
      CurrentUser currentUser,
      Clock clock) {
    this.directory = directory;
    this.districts = districts;
    this.passwords = passwords;
    setId("user-admin-view");
    setSizeFull();
    LinggongUser actor = currentUser.require();
    Map<String, String> districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));

    search.setPlaceholder(getTranslation("users.search"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setClearButtonVisible(true);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create());
    create.setId("new-user");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(
        e -> new UserEditor(directory, districts, passwords, actor, null, this::refresh).open());
    HorizontalLayout toolbar = new HorizontalLayout(search, create);
    toolbar.setWidthFull();
    toolbar.expand(search);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

    grid.addColumn(DirectoryService.UserSummary::userId)
        .setHeader(getTranslation("users.userId"))
        .setAutoWidth(true);
    grid.addColumn(DirectoryService.UserSummary::name)
        .setHeader(getTranslation("users.name"))
        .setAutoWidth(true);
    grid.addColumn(
            u ->
                u.roles().stream()
                    .map(r -> getTranslation("role." + r))
                    .collect(Collectors.joining(cn.linggong.shared.ui.Punctuation.comma(this))))
        .setHeader(getTranslation("users.roles"));
    grid.addColumn(
            u ->
                u.districtId() == null
                    ? getTranslation("shell.cityLevel")
                    : districtNames.getOrDefault(u.districtId(), u.districtId()))
        .setHeader(getTranslation("users.district"))
        .setAutoWidth(true);
    grid.addColumn(u -> u.organisation() == null ? "—" : u.organisation())
        .setHeader(getTranslation("users.organisation"))
        .setAutoWidth(true);
    grid.addColumn(
            u ->
                u.locked()
                    ? getTranslation(
                        "users.lockedUntil", TIME.format(u.lockedUntil().atZone(clock.getZone())))
                    : getTranslation("users.active"))
        .setHeader(getTranslation("users.status"))
        .setAutoWidth(true);
    grid.setItems(
        query ->
            directory
                .findUsers(actor, search.getValue(), query.getOffset(), query.getLimit())
                .stream(),
        query -> (int) directory.countUsers(actor, search.getValue()));
    grid.addItemClickListener(
        e ->
            new UserEditor(directory, districts, passwords, actor, e.getItem(), this::refresh)
                .open());
    grid.setSizeFull();

    add(new H2(getTranslation("nav.users")), toolbar, grid);
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.users");
  }
}
