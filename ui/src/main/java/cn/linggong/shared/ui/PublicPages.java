package cn.linggong.shared.ui;

import cn.linggong.shared.i18n.Languages;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/**
 * What the pages published without sign-in share (the market directory, the certification notices):
 * a centred column, a language choice that changes the page, and a card per entry.
 */
public final class PublicPages {

  private PublicPages() {}

  /** A published page's column: centred, at most 72em wide. */
  public static void column(VerticalLayout page) {
    page.setMaxWidth("72em");
    page.getStyle().set("margin", "0 auto");
  }

  /** The language choice of a published page: a visitor's choice changes the page's language. */
  public static Select<Locale> languageSelect(String id) {
    Select<Locale> language = new Select<>();
    language.setId(id);
    language.setItems(Languages.SUPPORTED);
    language.setItemLabelGenerator(l -> language.getTranslation("language." + l.getLanguage()));
    language.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            language.getUI().ifPresent(ui -> ui.setLocale(e.getValue()));
          }
        });
    return language;
  }

  /** Labels the language choice and shows the page's language (on every locale change). */
  public static void showLanguage(Select<Locale> language, Locale locale) {
    language.setLabel(language.getTranslation("login.language"));
    language.setValue(Languages.closest(locale));
  }

  /** One entry of a published list, framed. */
  public static VerticalLayout card(String id) {
    VerticalLayout card = new VerticalLayout();
    card.setId(id);
    card.setSpacing(false);
    card.getStyle()
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("margin-bottom", "var(--lumo-space-m)");
    return card;
  }
}
