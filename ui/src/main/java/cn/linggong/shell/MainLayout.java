package cn.linggong.shell;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.District;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.i18n.Languages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame of every screen: the menu shows each person only the screens their roles allow (the
 * same rule the server applies when a screen is opened), the header shows who is signed in, for
 * which district, and lets them switch language or sign out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  private final transient AuthenticationContext authentication;

  public MainLayout(
      AuthenticationContext authentication,
      CurrentUser currentUser,
      DirectoryService directory,
      cn.linggong.identity.Districts districts) {
    this.authentication = authentication;
    LinggongUser user = currentUser.require();
    setPrimarySection(Section.DRAWER);

    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel(getTranslation("shell.menu"));
    H1 title = new H1(getTranslation("app.title"));
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

    HorizontalLayout header =
        new HorizontalLayout(toggle, title, userBox(user, directory, districts));
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    header.expand(title);
    header.getStyle().set("padding-right", "var(--lumo-space-m)");
    addToNavbar(header);

    Span brand = new Span(getTranslation("app.brand"));
    brand
        .getStyle()
        .set("font-weight", "600")
        .set("padding", "var(--lumo-space-m)")
        .set("display", "block");
    VerticalLayout drawer = new VerticalLayout(brand, menu(user));
    drawer.setPadding(false);
    drawer.setSpacing(false);
    addToDrawer(drawer);
  }

  private Component userBox(
      LinggongUser user, DirectoryService directory, cn.linggong.identity.Districts districts) {
    String where =
        user.district()
            .flatMap(districts::district)
            .map(District::name)
            .orElse(getTranslation("shell.cityLevel"));
    Span who = new Span(user.displayName() + " · " + where);
    who.setId("current-user");
    who.getStyle().set("font-size", "var(--lumo-font-size-s)");

    Select<Locale> language = new Select<>();
    language.setItems(Languages.SUPPORTED);
    language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
    language.setValue(Languages.closest(getLocale()));
    language.setAriaLabel(getTranslation("shell.language"));
    language.setWidth("7.5em");
    language.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            directory.setLanguage(user.userId(), e.getValue());
            getUI().ifPresent(ui -> ui.getPage().reload());
          }
        });

    Button logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT));
    logout.setId("logout");
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    logout.addClickListener(e -> authentication.logout());

    HorizontalLayout box = new HorizontalLayout(who, language, logout);
    box.setAlignItems(FlexComponent.Alignment.CENTER);
    return box;
  }

  private Component menu(LinggongUser user) {
    SideNav nav = new SideNav();
    nav.setId("main-menu");
    for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
      SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
      if (entry.icon() != null) {
        item.setPrefixComponent(new Icon(entry.icon()));
      }
      nav.addItem(item);
    }
    Div links = new Div();
    if (user.hasRole(Roles.ADMIN)) {
      links.add(externalLink("shell.cockpit", "/camunda/app/cockpit/default/", VaadinIcon.CLUSTER));
      links.add(externalLink("shell.apiDocs", "/api/swagger-ui.html", VaadinIcon.CODE));
    }
    return new VerticalLayout(nav, links);
  }

  private Component externalLink(String key, String href, VaadinIcon icon) {
    Anchor anchor = new Anchor(href, getTranslation(key), AnchorTarget.BLANK);
    anchor.setRouterIgnore(true);
    HorizontalLayout row = new HorizontalLayout(new Icon(icon), anchor);
    row.setAlignItems(FlexComponent.Alignment.CENTER);
    row.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
    return row;
  }
}
