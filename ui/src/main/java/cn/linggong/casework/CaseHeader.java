package cn.linggong.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A case's number and name, with its state, outcome, progress and clocks as badges below. */
public class CaseHeader extends VerticalLayout {

  private final HorizontalLayout badges = new HorizontalLayout();

  public CaseHeader(String title) {
    setPadding(false);
    setSpacing(false);
    badges.setWrap(true);
    add(new H2(title), badges);
  }

  /** A badge (Lumo's badge theme plus {@code theme}: success, error, contrast…), id optional. */
  public CaseHeader badge(String id, String text, String theme) {
    badges.add(badgeOf(id, text, theme));
    return this;
  }

  /** A badge only when there is something to say ({@code text} is asked only then). */
  public CaseHeader badgeIf(
      boolean shown, String id, java.util.function.Supplier<String> text, String theme) {
    return shown ? badge(id, text.get(), theme) : this;
  }

  /** Other things beside the badges: a progress line, a case type's clocks. */
  public CaseHeader with(Component... more) {
    badges.add(more);
    return this;
  }

  public static Span badgeOf(String id, String text, String theme) {
    Span badge = new Span(text);
    if (id != null) {
      badge.setId(id);
    }
    badge.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
    return badge;
  }
}
