package cn.linggong.market;

import cn.linggong.casework.CaseTexts;
import cn.linggong.employer.JobCategories;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.ui.Downloads;
import cn.linggong.shared.ui.RegistryPage;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 零工市场名录: the gig markets of the district (city level: of every district), narrowed by district,
 * kind, operating nature, status and certification; a name opens the market's page. Registered here
 * by the district's caseworkers and the city's reviewers, exported as XLSX (the province's layout)
 * or PDF, reviewed every quarter.
 */
@Route("markets")
@RolesAllowed({Roles.CASEWORKER, Roles.REVIEWER, Roles.FINANCE, Roles.SUPERVISOR})
@Menu(title = "nav.markets", order = 15, icon = "vaadin:shop")
public class MarketView extends RegistryPage<Market> {

  private final transient MarketDirectory directory;
  private final transient Districts districts;
  private final transient JobCategories categories;
  private final transient LinggongUser user;

  @SuppressWarnings("java:S107") // a registry screen of the directory's features
  public MarketView(
      MarketDirectory directory,
      MarketExport export,
      DirectoryReviews reviews,
      Districts districts,
      JobCategories categories,
      UserNames names,
      Clock clock,
      CurrentUser currentUser) {
    super("market-view", "market-grid", "nav.markets");
    this.directory = directory;
    this.districts = districts;
    this.categories = categories;
    this.user = currentUser.require();

    TextField name = textFilter("market-search-name", "market.search.name");
    Select<District> district = new Select<>();
    district.setId("market-search-district");
    district.setItems(districts.districts());
    district.setItemLabelGenerator(d -> d == null ? getTranslation("market.any") : d.name());
    district.setEmptySelectionAllowed(true);
    district.setEmptySelectionCaption(getTranslation("market.search.anyDistrict"));
    district.setVisible(user.cityLevel());
    filter(district);
    Select<Market.Kind> kind = filter(choice("market-search-kind", "kind", Market.Kind.values()));
    Select<Market.Nature> nature =
        filter(choice("market-search-nature", "nature", Market.Nature.values()));
    Select<Market.Status> status =
        filter(choice("market-search-status", "status", Market.Status.values()));
    Select<Market.Certification> certification =
        filter(
            choice("market-search-certification", "certification", Market.Certification.values()));
    action(
        "market-register",
        "market.register",
        MarketPolicy.MAINTAIN.allows(user),
        () -> openRegistration());
    java.util.function.Supplier<MarketFilter> filter =
        () ->
            new MarketFilter(
                district.getValue() == null ? null : district.getValue().id(),
                kind.getValue(),
                nature.getValue(),
                status.getValue(),
                certification.getValue(),
                name.getValue());
    String day = LocalDate.now(clock).toString();
    addComponentAtIndex(
        1,
        new com.vaadin.flow.component.orderedlayout.HorizontalLayout(
            review(reviews, names, clock),
            Downloads.link(
                "market-export-xlsx",
                getTranslation("market.export.xlsx"),
                "xlsx",
                () ->
                    new Downloads.File(
                        getTranslation("market.export.fileName", day) + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        export.xlsx(user, filter.get(), getLocale()))),
            Downloads.link(
                "market-export-pdf",
                getTranslation("market.export.pdf"),
                "pdf",
                () ->
                    new Downloads.File(
                        getTranslation("market.export.fileName", day) + ".pdf",
                        "application/pdf",
                        export.pdf(user, filter.get())))));

    Map<String, String> districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    grid.addComponentColumn(this::nameLink)
        .setHeader(getTranslation("market.field.name"))
        .setKey("name")
        .setAutoWidth(true);
    detail(
        m -> districtNames.getOrDefault(m.districtId(), m.districtId()), "market.field.districtId");
    detail(m -> getTranslation("market.kind." + m.kind()), "market.field.kind");
    detail(m -> getTranslation("market.nature." + m.nature()), "market.field.nature");
    detail(Market::openingHours, "market.field.openingHours");
    detail(m -> m.contactName() + " " + m.contactPhoneMasked(), "market.field.contactName");
    grid.addComponentColumn(this::statusBadge)
        .setHeader(getTranslation("market.field.status"))
        .setKey("status")
        .setAutoWidth(true);
    grid.addColumn(m -> getTranslation("market.certification." + m.certification()))
        .setHeader(getTranslation("market.field.certification"))
        .setKey("certification")
        .setAutoWidth(true);
    rows((offset, limit) -> directory.search(user, filter.get(), offset, limit));
    emptyState("market.empty");
  }

  private Component nameLink(Market m) {
    RouterLink link =
        new RouterLink(
            m.name(), MarketPage.class, new RouteParameters("id", String.valueOf(m.id())));
    if (m.nameWarning() == null) {
      return link;
    }
    Span warning = new Span("⚠");
    warning.getElement().setAttribute("title", getTranslation(m.nameWarning()));
    warning.getElement().setAttribute("aria-label", getTranslation(m.nameWarning()));
    warning.getStyle().set("color", "var(--lumo-warning-text-color, #a36200)");
    return new Span(link, new Span(" "), warning);
  }

  private Component statusBadge(Market m) {
    Span badge = new Span(getTranslation("market.status." + m.status()));
    badge
        .getElement()
        .getThemeList()
        .add(
            switch (m.status()) {
              case OPERATING -> "badge success";
              case SUSPENDED -> "badge";
              case EXITED -> "badge contrast";
            });
    return badge;
  }

  /** Where this period's review of the person's district stands (city level: nothing). */
  private Component review(DirectoryReviews reviews, UserNames names, Clock clock) {
    Span line = new Span();
    line.setId("market-review");
    if (user.cityLevel()) {
      line.setVisible(false);
      return line;
    }
    String period = reviews.period(LocalDate.now(clock));
    var latest = reviews.latest(user, user.districtId());
    if (latest.isEmpty()) {
      line.setText(getTranslation("market.review.never"));
    } else if (latest.get().reviewedAt() == null) {
      line.setText(getTranslation("market.review.open", latest.get().period()));
    } else {
      line.setText(
          getTranslation(
              latest.get().period().equals(period)
                  ? "market.review.done"
                  : "market.review.doneBefore",
              latest.get().period(),
              CaseTexts.day(latest.get().reviewedAt(), clock.getZone()),
              names.of(this, latest.get().reviewedBy())));
    }
    return line;
  }

  private <E extends Enum<E>> Select<E> choice(String id, String field, E[] values) {
    Select<E> s = new Select<>();
    s.setId(id);
    s.setItems(values);
    s.setItemLabelGenerator(
        v ->
            v == null
                ? getTranslation("market.search.any." + field)
                : getTranslation("market." + field + "." + v.name()));
    s.setEmptySelectionAllowed(true);
    s.setEmptySelectionCaption(getTranslation("market.search.any." + field));
    return s;
  }

  private void openRegistration() {
    MarketForm form = new MarketForm(user, districts, categories, null);
    new SaveDialog(
            getTranslation("market.register"),
            "market-save",
            form,
            form.fields(),
            () -> {
              Market m = directory.register(user, form.draft());
              return m.nameWarning() == null
                  ? getTranslation("market.registeredNow", m.name())
                  : getTranslation(
                      "market.registeredWithWarning", m.name(), getTranslation(m.nameWarning()));
            },
            this::refresh)
        .open();
  }
}
