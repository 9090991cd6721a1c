package cn.linggong.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.util.function.Function;

/**
 * The columns of a record's history of changes (a worker's, a market's): when, by whom (by name),
 * which field, before → after in words, and why. A registry says how its fields and values read.
 */
public final class ChangeColumns {

  private ChangeColumns() {}

  /** How one change of a registry reads. */
  public record Of<T>(
      Function<T, Instant> at,
      Function<T, String> by,
      Function<T, String> field,
      Function<T, String> change,
      Function<T, String> reason) {}

  public static <T> void add(
      Component on,
      Grid<T> grid,
      Of<T> change,
      Function<String, String> name,
      Function<Instant, String> time) {
    grid.addColumn(c -> time.apply(change.at().apply(c)))
        .setHeader(on.getTranslation("workerPage.changedAt"))
        .setAutoWidth(true);
    grid.addColumn(c -> name.apply(change.by().apply(c)))
        .setHeader(on.getTranslation("workerPage.by"))
        .setAutoWidth(true);
    grid.addColumn(c -> change.field().apply(c))
        .setHeader(on.getTranslation("workerPage.field"))
        .setAutoWidth(true);
    grid.addColumn(c -> change.change().apply(c)).setHeader(on.getTranslation("workerPage.change"));
    grid.addColumn(
            c -> {
              String reason = change.reason().apply(c);
              return reason == null ? "" : reason;
            })
        .setHeader(on.getTranslation("workerPage.reason"));
  }
}
