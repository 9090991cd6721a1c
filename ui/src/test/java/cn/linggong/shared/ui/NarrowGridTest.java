package cn.linggong.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shell.KaribuTestBase;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * On a tablet a grid keeps its key columns and moves the others into the details row opened by a
 * tap; on a wider screen every column shows again and a tap opens nothing.
 */
@SpringBootTest
class NarrowGridTest extends KaribuTestBase {

  @Test
  void secondaryColumnsMoveIntoTheDetailsRowBelowTheBreakpointAndBackAbove() {
    signIn("caseworker1");
    Grid<String> grid = new Grid<>();
    Grid.Column<String> key = grid.addColumn(s -> s).setHeader("编号");
    NarrowGrid<String> narrow = NarrowGrid.of(grid);
    Grid.Column<String> other = narrow.addColumn(s -> String.valueOf(s.length())).setHeader("长度");

    narrow.apply(768);
    assertThat(narrow.narrow()).isTrue();
    assertThat(key.isVisible()).isTrue();
    assertThat(other.isVisible()).isFalse();
    assertThat(grid.isDetailsVisibleOnClick()).as("a tap opens the details").isTrue();

    narrow.apply(NarrowGrid.NARROW_BELOW);
    assertThat(narrow.narrow()).isFalse();
    assertThat(other.isVisible()).isTrue();
    assertThat(grid.isDetailsVisibleOnClick()).isFalse();
  }
}
