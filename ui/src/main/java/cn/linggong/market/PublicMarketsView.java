package cn.linggong.market;

import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.shared.i18n.Languages;
import cn.linggong.shared.ui.Punctuation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 零工市场名录 as published (the seeds ask that it be made public): the markets in operation with
 * address, opening hours, job types, services and whom to call, by district; no sign-in, personal
 * phones masked. Also at {@code /api/public/markets} as JSON.
 */
@Route(value = "public/markets", autoLayout = false)
@AnonymousAllowed
public class PublicMarketsView extends VerticalLayout
    implements LocaleChangeObserver, HasDynamicTitle {

  private final transient MarketPublication publication;
  private final H1 title = new H1();
  private final Paragraph intro = new Paragraph();
  private final Select<District> district = new Select<>();
  private final Select<java.util.Locale> language =
      cn.linggong.shared.ui.PublicPages.languageSelect("public-markets-language");
  private final Div list = new Div();
  private final Anchor signIn = new Anchor("login", "");

  public PublicMarketsView(MarketPublication publication, Districts districts) {
    this.publication = publication;
    setId("public-markets");
    cn.linggong.shared.ui.PublicPages.column(this);
    district.setId("public-markets-district");
    district.setItems(districts.districts());
    district.setItemLabelGenerator(d -> d == null ? "" : d.name());
    district.setEmptySelectionAllowed(true);
    district.addValueChangeListener(e -> fill());
    list.setId("public-markets-list");
    list.setWidthFull();
    HorizontalLayout bar = new HorizontalLayout(district, language, signIn);
    bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    bar.setWrap(true);
    add(title, intro, bar, list);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    title.setText(getTranslation("publicMarkets.title"));
    intro.setText(getTranslation("publicMarkets.intro"));
    district.setLabel(getTranslation("market.field.districtId"));
    district.setEmptySelectionCaption(getTranslation("market.search.anyDistrict"));
    cn.linggong.shared.ui.PublicPages.showLanguage(language, event.getLocale());
    signIn.setText(getTranslation("publicMarkets.signIn"));
    fill();
  }

  private void fill() {
    list.removeAll();
    List<PublicMarket> markets =
        publication.inOperation(
            district.getValue() == null ? null : district.getValue().id(),
            Languages.closest(getLocale()));
    if (markets.isEmpty()) {
      list.add(new Paragraph(getTranslation("publicMarkets.none")));
      return;
    }
    list.add(new Paragraph(getTranslation("publicMarkets.count", markets.size())));
    markets.forEach(m -> list.add(card(m)));
  }

  private Component card(PublicMarket m) {
    VerticalLayout card = cn.linggong.shared.ui.PublicPages.card("public-market-" + m.id());
    HorizontalLayout head = new HorizontalLayout(new H3(m.name()));
    head.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    head.setWrap(true);
    head.add(badge(getTranslation("market.kind." + m.kind())));
    if (m.certification() != Market.Certification.NONE) {
      head.add(badge(getTranslation("market.certification." + m.certification())));
    }
    card.add(head);
    line(card, "market.field.districtId", m.districtName());
    line(card, "market.field.address", m.address());
    line(card, "market.field.openingHours", m.openingHours());
    line(card, "market.field.jobTypes", joined(m.jobTypeNames()));
    line(
        card,
        "market.field.services",
        joined(m.services().stream().map(s -> getTranslation("market.service." + s)).toList()));
    line(card, "market.field.serviceHotline", m.serviceHotline());
    line(card, "market.field.contactName", m.contactName() + " " + m.contactPhone());
    line(card, "market.field.complaintChannel", m.complaintChannel());
    return card;
  }

  private static Span badge(String text) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge");
    return badge;
  }

  private void line(VerticalLayout card, String labelKey, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    Span label = new Span(getTranslation(labelKey) + Punctuation.colon(this));
    label.getStyle().set("color", "var(--lumo-secondary-text-color)");
    card.add(new Div(label, new Span(value)));
  }

  private String joined(List<String> items) {
    return items.stream().collect(Collectors.joining(Punctuation.comma(this)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("publicMarkets.title");
  }
}
