package cn.linggong.casework;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;

/**
 * Every step of a case with when, what, the outcome and facts, and who, oldest first. Facts longer
 * than {@link #SHORT} characters show their beginning; a click on the row opens them in full below
 * it (and closes them again).
 */
public class CaseTimelineGrid<T> extends VerticalLayout {

  /** The characters of the facts a row shows before "…". */
  static final int SHORT = 80;

  static String shortened(String text) {
    if (text == null || text.codePointCount(0, text.length()) <= SHORT) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, SHORT)) + "…";
  }

  public CaseTimelineGrid(String id, List<T> entries, TimelineText<T> text, ZoneId zone) {
    setPadding(false);
    Grid<T> grid = new Grid<>();
    grid.setId(id);
    grid.setEmptyStateText(getTranslation("case.timeline.empty"));
    // the facts column says old → new and more: it wraps rather than cutting them off
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(e -> CaseTexts.time(text.when().apply(e), zone))
        .setHeader(getTranslation("case.when"))
        .setAutoWidth(true);
    grid.addColumn(e -> text.step().apply(e))
        .setHeader(getTranslation("case.step"))
        .setAutoWidth(true);
    grid.addColumn(e -> shortened(text.facts().apply(e)))
        .setHeader(getTranslation("case.outcomeAndFacts"))
        .setKey("facts");
    grid.addColumn(e -> text.by().apply(e)).setHeader(getTranslation("case.by")).setAutoWidth(true);
    grid.setItemDetailsRenderer(
        new com.vaadin.flow.data.renderer.ComponentRenderer<>(
            e -> {
              com.vaadin.flow.component.html.Paragraph full =
                  new com.vaadin.flow.component.html.Paragraph(text.facts().apply(e));
              full.addClassName("timeline-full");
              full.getStyle().set("white-space", "pre-wrap").set("margin", "0 var(--lumo-space-m)");
              return full;
            }));
    grid.setDetailsVisibleOnClick(false);
    grid.addItemClickListener(
        click -> {
          T entry = click.getItem();
          String facts = text.facts().apply(entry);
          if (facts != null && !facts.equals(shortened(facts))) {
            grid.setDetailsVisible(entry, !grid.isDetailsVisible(entry));
          }
        });
    grid.setItems(entries);
    grid.setAllRowsVisible(true);
    add(new H3(getTranslation("case.timeline")), grid);
  }
}
