package cn.linggong.shell;

import cn.linggong.calendar.CalendarAdminView;
import cn.linggong.calendar.CalendarReminder;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.sla.EscalationService;
import cn.linggong.sla.SupervisionService;
import cn.linggong.sla.SupervisionView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The first screen after sign-in: who you are, for which district, in which roles. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

  public HomeView(
      CurrentUser currentUser,
      Districts districts,
      Clock clock,
      EscalationService escalations,
      SupervisionService supervision,
      CalendarReminder calendarReminder,
      cn.linggong.inbox.InboxService inbox,
      cn.linggong.sla.TimeLimits timeLimits) {
    LinggongUser user = currentUser.require();
    setId("home-view");
    H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
    String district =
        user.district()
            .flatMap(districts::district)
            .map(District::name)
            .orElse(getTranslation("shell.cityLevel"));
    Paragraph where = new Paragraph(getTranslation("home.district", district));
    if (user.cityLevel()) {
      where.add(new Span(" " + getTranslation("home.cityScope")));
    }
    HorizontalLayout roles = new HorizontalLayout();
    roles.setId("home-roles");
    user.roles().stream()
        .filter(r -> !r.equals(Roles.CITY))
        .sorted()
        .forEach(
            role -> {
              Span badge = new Span(getTranslation("role." + role));
              badge.getElement().getThemeList().add("badge");
              roles.add(badge);
            });
    Paragraph today =
        new Paragraph(
            getTranslation(
                "home.today",
                LocalDate.now(clock)
                    .format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                            .withLocale(getLocale()))));
    add(greeting, where, roles, today);
    if (cn.linggong.inbox.InboxPolicy.WORK.allows(user)) {
      add(new MyWork(user, inbox, timeLimits, clock));
    }
    if (user.hasRole(Roles.ADMIN)) {
      calendarReminder.missingYear().ifPresent(year -> add(calendarBanner(year)));
    }
    if (user.hasRole(Roles.SUPERVISOR)) {
      Paragraph overdue =
          new Paragraph(
              getTranslation(
                  "home.overdue",
                  supervision.countOverdueTasks(user),
                  escalations.countOpen(user)));
      overdue.setId("home-overdue");
      add(overdue, new RouterLink(getTranslation("home.toSupervision"), SupervisionView.class));
    }
    add(new Paragraph(getTranslation("home.hint")));
  }

  /** Tells admins that a year's holiday arrangement still has to be entered. */
  private com.vaadin.flow.component.Component calendarBanner(int year) {
    Span text = new Span(getTranslation("calendar.banner", year));
    RouterLink go =
        new RouterLink(getTranslation("calendar.banner.action"), CalendarAdminView.class);
    HorizontalLayout banner = new HorizontalLayout(text, go);
    banner.setId("calendar-banner");
    banner.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
    banner.getElement().setAttribute("role", "alert");
    banner
        .getStyle()
        .set("flex-wrap", "wrap")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("background", "var(--lumo-warning-color-10pct, #fff3cd)")
        .set("color", "var(--lumo-warning-text-color, #8a6d00)");
    return banner;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.home") + " · " + getTranslation("app.brand");
  }
}
