package cn.linggong.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid on a tablet held upright (narrower than {@link #NARROW_BELOW} px): the key columns stay —
 * case number, step, due date, action — and the others move into a details row under each item,
 * opened by tapping it, as "label：value" lines. Wider, every column shows and no details open.
 */
public final class NarrowGrid<T> {

  /** Below this window width (px) the secondary columns move into the details row. */
  public static final int NARROW_BELOW = 1000;

  private record Secondary<T>(Grid.Column<T> column, ValueProvider<T, String> text) {}

  private final Grid<T> grid;
  private final List<Secondary<T>> secondary = new ArrayList<>();
  private boolean narrow;

  private NarrowGrid(Grid<T> grid) {
    this.grid = grid;
    grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
    grid.setDetailsVisibleOnClick(false);
    grid.addAttachListener(
        attach -> {
          UI ui = attach.getUI();
          Registration resized =
              ui.getPage().addBrowserWindowResizeListener(e -> apply(e.getWidth()));
          ui.getPage().retrieveExtendedClientDetails(d -> apply(d.getWindowInnerWidth()));
          grid.addDetachListener(
              detach -> {
                resized.remove();
                detach.unregisterListener();
              });
        });
  }

  public static <T> NarrowGrid<T> of(Grid<T> grid) {
    return new NarrowGrid<>(grid);
  }

  /** Adds a text column that moves into the details row on a narrow screen. */
  public Grid.Column<T> addColumn(ValueProvider<T, String> text) {
    Grid.Column<T> column = grid.addColumn(text);
    return secondary(column, text);
  }

  /**
   * Makes a column (a component column too) move into the details row on a narrow screen, shown
   * there as this text.
   */
  public Grid.Column<T> secondary(Grid.Column<T> column, ValueProvider<T, String> text) {
    secondary.add(new Secondary<>(column, text));
    column.setVisible(!narrow);
    return column;
  }

  /** Whether the secondary columns are in the details row now. */
  public boolean narrow() {
    return narrow;
  }

  /** Lays the grid out for a window this wide. */
  public void apply(int windowWidth) {
    boolean nowNarrow = windowWidth > 0 && windowWidth < NARROW_BELOW;
    if (nowNarrow == narrow) {
      return;
    }
    narrow = nowNarrow;
    secondary.forEach(s -> s.column().setVisible(!narrow));
    grid.setDetailsVisibleOnClick(narrow);
    if (!narrow) {
      grid.getDataProvider().refreshAll();
    }
  }

  private Div details(T item) {
    Div box = new Div();
    box.addClassName("narrow-details");
    if (!narrow) {
      return box;
    }
    box.getStyle().set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)");
    box.getStyle().set("font-size", "var(--lumo-font-size-s)");
    for (Secondary<T> s : secondary) {
      Span line =
          new Span(s.column().getHeaderText() + Punctuation.colon(grid) + s.text().apply(item));
      line.getStyle().set("display", "block");
      box.add(line);
    }
    return box;
  }
}
