package cn.linggong.casework;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;

/** Every step of a case with when, what, the outcome and facts, and who, oldest first. */
public class CaseTimelineGrid<T> extends VerticalLayout {

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
    grid.addColumn(e -> text.facts().apply(e)).setHeader(getTranslation("case.outcomeAndFacts"));
    grid.addColumn(e -> text.by().apply(e)).setHeader(getTranslation("case.by")).setAutoWidth(true);
    grid.setItems(entries);
    grid.setAllRowsVisible(true);
    add(new H3(getTranslation("case.timeline")), grid);
  }
}
