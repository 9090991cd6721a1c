package cn.linggong.certification;

import cn.linggong.casework.CaseTexts;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.TooManyRequestsException;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 认定公示: the markets proposed for certification as demonstration markets, with the period of the
 * notice, for anyone; an objection (text required, name and contact optional) goes to the city's
 * reviewers, who resolve it before the decision. No sign-in; nothing personal shown.
 */
@Route(value = "public/notices", autoLayout = false)
@AnonymousAllowed
public class PublicNoticesView extends VerticalLayout
    implements LocaleChangeObserver, HasDynamicTitle {

  private final transient CertificationNotices notices;
  private final transient Clock clock;
  private final H1 title = new H1();
  private final Paragraph intro = new Paragraph();
  private final Select<java.util.Locale> language =
      cn.linggong.shared.ui.PublicPages.languageSelect("public-notices-language");
  private final Div list = new Div();
  private final Anchor markets = new Anchor("public/markets", "");

  private final transient List<PublicNoticeCards> more;

  public PublicNoticesView(
      CertificationNotices notices, Clock clock, List<PublicNoticeCards> more) {
    this.notices = notices;
    this.more = more;
    this.clock = clock;
    setId("public-notices");
    cn.linggong.shared.ui.PublicPages.column(this);
    list.setId("public-notices-list");
    list.setWidthFull();
    HorizontalLayout bar = new HorizontalLayout(language, markets);
    bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    add(title, intro, bar, list);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    title.setText(getTranslation("publicNotices.title"));
    intro.setText(getTranslation("publicNotices.intro"));
    cn.linggong.shared.ui.PublicPages.showLanguage(language, event.getLocale());
    markets.setText(getTranslation("publicNotices.markets"));
    fill();
  }

  private void fill() {
    list.removeAll();
    List<PublicNotice> published = notices.published();
    if (!published.isEmpty()) {
      list.add(
          new com.vaadin.flow.component.html.H2(getTranslation("publicNotices.certifications")),
          new Paragraph(getTranslation("publicNotices.certificationsIntro")));
    }
    published.forEach(n -> list.add(card(n)));
    boolean none = published.isEmpty();
    for (PublicNoticeCards cards : more) {
      List<Component> added = cards.cards(this);
      added.forEach(list::add);
      none &= added.isEmpty();
    }
    if (none) {
      list.add(new Paragraph(getTranslation("publicNotices.none")));
    }
  }

  private Component card(PublicNotice n) {
    VerticalLayout card =
        cn.linggong.shared.ui.PublicPages.card("public-notice-" + n.applicationNo());
    card.add(new H3(n.marketName()));
    card.add(
        new Div(
            getTranslation(
                "publicNotices.line",
                getTranslation("certification.level." + n.level()),
                n.districtName(),
                n.address(),
                n.operatorName())));
    card.add(
        new Div(
            getTranslation(
                "publicNotices.period",
                CaseTexts.day(n.from(), clock.getZone()),
                CaseTexts.day(n.until(), clock.getZone()))));
    card.add(objectionForm(n.applicationNo(), o -> notices.objectPublicly(n.applicationNo(), o)));
    return card;
  }

  /**
   * The objection form of one notice (a certification's or another's): name and contact optional,
   * the text required; {@code filer} files it.
   */
  public Component objectionForm(
      String no, java.util.function.Consumer<CertificationNotices.PublicObjection> filer) {
    TextField name = new TextField(getTranslation("publicNotices.name"));
    name.setId("objection-name-" + no);
    TextField contact = new TextField(getTranslation("publicNotices.contact"));
    contact.setId("objection-contact-" + no);
    TextArea text = new TextArea(getTranslation("publicNotices.text"));
    text.setId("objection-text-" + no);
    text.setRequiredIndicatorVisible(true);
    text.setWidthFull();
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("contact", contact);
    fields.put("text", text);
    Button send = new Button(getTranslation("publicNotices.send"));
    send.setId("objection-send-" + no);
    FormLayout form = new FormLayout(name, contact, text, send);
    form.setColspan(text, 2);
    Details details = new Details(getTranslation("publicNotices.object"), form);
    send.addClickListener(
        e -> {
          FieldErrors.clear(fields);
          try {
            filer.accept(
                new CertificationNotices.PublicObjection(
                    name.getValue(), contact.getValue(), text.getValue()));
            Notification.show(getTranslation("publicNotices.sent"))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            name.clear();
            contact.clear();
            text.clear();
            details.setOpened(false);
          } catch (InvalidInputException invalid) {
            FieldErrors.showOrNotify(this, invalid, fields);
          } catch (ConflictException | TooManyRequestsException refused) {
            Notification.show(
                    getTranslation(
                        ((cn.linggong.shared.Explained) refused).messageKey(),
                        ((cn.linggong.shared.Explained) refused).arguments()))
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
          }
        });
    return details;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("publicNotices.title");
  }
}
