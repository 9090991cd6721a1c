package cn.linggong.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Beside a task: what the person needs of the case to do the step (a case type adds its party,
 * progress or clocks), the latest steps with their facts, and a link to the whole case.
 */
public class CaseSidePanel extends VerticalLayout {

  /** How many of the latest steps are shown. */
  private static final int RECENT = 4;

  private final H3 title = new H3();

  public CaseSidePanel(String id) {
    setId(id);
    setPadding(false);
    setWidth("28rem");
    add(title);
  }

  public CaseSidePanel title(String text) {
    title.setText(text);
    return this;
  }

  public CaseSidePanel with(Component... pieces) {
    add(pieces);
    return this;
  }

  /** Lines of text, one each. */
  public CaseSidePanel lines(List<String> lines) {
    lines.forEach(line -> add(new Div(line)));
    return this;
  }

  /** The latest steps, "step：facts". */
  public <T> CaseSidePanel recent(List<T> entries, TimelineText<T> text) {
    return lines(
        entries.subList(Math.max(0, entries.size() - RECENT), entries.size()).stream()
            .map(e -> text.line(this, e))
            .toList());
  }

  /** The link to the case screen, last. */
  public CaseSidePanel openScreen(String id, String href, String text) {
    Anchor open = new Anchor(href, text);
    open.setId(id);
    add(open);
    return this;
  }
}
