package cn.linggong.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * A titled part of a page listing a few things (a worker's cases, documents, contacts): a compact
 * grid of all of them, or a line saying there are none; the caller may add more below (an upload, a
 * form).
 */
public final class ListSection {

  private ListSection() {}

  public static <T> VerticalLayout of(
      Component on,
      String id,
      String titleKey,
      String emptyKey,
      List<T> items,
      Consumer<Grid<T>> columns) {
    VerticalLayout box = new VerticalLayout(new H3(on.getTranslation(titleKey)));
    box.setPadding(false);
    box.setId(id);
    if (items.isEmpty()) {
      box.add(new Span(on.getTranslation(emptyKey)));
      return box;
    }
    Grid<T> grid = new Grid<>();
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    columns.accept(grid);
    grid.setItems(items);
    box.add(grid);
    return box;
  }
}
