package cn.linggong.shared.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A registry screen (workers, employers, postings, and next markets): a title, a bar of filters
 * that narrow the list as they change and the registry's actions, and a grid that fetches one page
 * at a time from the service. A registry adds its filters, columns and dialogs.
 */
public abstract class RegistryPage<T> extends VerticalLayout implements HasDynamicTitle {

  protected final Grid<T> grid = new Grid<>();

  /** On a tablet, the {@link #detail} columns move into a details row under each item. */
  protected final NarrowGrid<T> narrow = NarrowGrid.of(grid);

  private final HorizontalLayout bar = new HorizontalLayout();
  private final String titleKey;
  private final List<HasValue<?, ?>> filters = new java.util.ArrayList<>();
  private final java.util.Map<HasValue<?, ?>, Object> defaults = new java.util.HashMap<>();
  private Button mainAction;
  private String emptyKey;

  protected RegistryPage(String id, String gridId, String titleKey) {
    this.titleKey = titleKey;
    setId(id);
    grid.setId(gridId);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    add(new H2(getTranslation(titleKey)), bar, grid);
  }

  /** A text filter, cleared with one click. */
  protected TextField textFilter(String id, String placeholderKey) {
    TextField field = new TextField();
    field.setId(id);
    field.setPlaceholder(getTranslation(placeholderKey));
    field.setClearButtonVisible(true);
    return filter(field);
  }

  /** A filter: the list is fetched again whenever it changes. */
  protected <F extends com.vaadin.flow.component.Component & HasValue<?, ?>> F filter(F field) {
    field.addValueChangeListener(e -> refresh());
    filters.add(field);
    bar.add(field);
    return field;
  }

  /** The registry's main action, shown only to a person allowed it (the service checks too). */
  protected Button action(String id, String labelKey, boolean allowed, Runnable action) {
    Button button = new Button(getTranslation(labelKey), e -> action.run());
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.setVisible(allowed);
    bar.add(button);
    if (mainAction == null) {
      mainAction = button;
    }
    return button;
  }

  /** A column sized to its content. */
  protected Grid.Column<T> column(ValueProvider<T, ?> value, String headerKey) {
    return grid.addColumn(value).setHeader(getTranslation(headerKey)).setAutoWidth(true);
  }

  /** A column sized to its content that moves into the details row on a tablet. */
  protected Grid.Column<T> detail(ValueProvider<T, String> value, String headerKey) {
    return narrow.addColumn(value).setHeader(getTranslation(headerKey)).setAutoWidth(true);
  }

  /** Where the rows come from: the service's page at an offset and of a size. */
  protected void rows(BiFunction<Integer, Integer, List<T>> page) {
    grid.setItems((Query<T, Void> q) -> page.apply(q.getOffset(), q.getLimit()).stream());
  }

  /**
   * What an empty list says: with no filter set, that the registry is empty (key {@code emptyKey})
   * and, to a person who may, to begin with the main action ({@code emptyKey + ".act"}, which names
   * the action); with a filter set, that nothing matches ({@code "registry.noMatch"}). The filters'
   * values at this call are their defaults.
   */
  protected void emptyState(String emptyKey) {
    this.emptyKey = emptyKey;
    filters.forEach(f -> defaults.put(f, f.getValue()));
    showEmptyState();
  }

  private void showEmptyState() {
    if (emptyKey == null) {
      return;
    }
    boolean filtered =
        filters.stream()
            .anyMatch(
                f -> !java.util.Objects.equals(f.getValue(), defaults.get(f)) && !f.isEmpty());
    grid.setEmptyStateText(
        filtered
            ? getTranslation("registry.noMatch")
            : mainAction != null && mainAction.isVisible()
                ? getTranslation(emptyKey + ".act", mainAction.getText())
                : getTranslation(emptyKey));
  }

  protected void refresh() {
    showEmptyState();
    grid.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation(titleKey);
  }
}
