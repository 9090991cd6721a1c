package cn.linggong.shared.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar and line charts drawn on the server as PNG (JFreeChart) in the bundled CJK font, so that the
 * dashboard, the monitoring report's PDF and any export show the same picture whatever fonts the
 * machine or the reader's browser has.
 */
public final class Charts {

  private static final String FONT = "fonts/wqy-microhei.ttc";
  private static final Font BASE = load();

  /** One series of values, one per category; drawn in {@code color} (null: the theme's). */
  public record Series(String name, List<? extends Number> values, Color color) {

    public Series(String name, List<? extends Number> values) {
      this(name, values, null);
    }
  }

  /** The colours of the clocks: open, due soon, overdue. */
  public static final Color OPEN = new Color(0x1676F3);

  public static final Color DUE_SOON = new Color(0xE8A317);
  public static final Color OVERDUE = new Color(0xD93B3B);

  private Charts() {}

  /** Grouped vertical bars: one group per category, one bar per series. */
  public static byte[] bars(
      String title,
      String valueLabel,
      List<String> categories,
      List<Series> series,
      int width,
      int height) {
    JFreeChart chart =
        ChartFactory.createBarChart(
            title,
            null,
            valueLabel,
            dataset(categories, series),
            PlotOrientation.VERTICAL,
            series.size() > 1,
            false,
            false);
    BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.08);
    return png(chart, categories, series, width, height);
  }

  /** Lines over the categories (weeks, months), one per series. */
  public static byte[] line(
      String title,
      String valueLabel,
      List<String> categories,
      List<Series> series,
      int width,
      int height) {
    JFreeChart chart =
        ChartFactory.createLineChart(
            title,
            null,
            valueLabel,
            dataset(categories, series),
            PlotOrientation.VERTICAL,
            series.size() > 1,
            false,
            false);
    return png(chart, categories, series, width, height);
  }

  private static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "Series "
                + s.name()
                + " has "
                + s.values().size()
                + " values for "
                + categories.size());
      }
      for (int i = 0; i < categories.size(); i++) {
        data.addValue(s.values().get(i), s.name(), categories.get(i));
      }
    }
    return data;
  }

  private static byte[] png(
      JFreeChart chart, List<String> categories, List<Series> series, int width, int height) {
    theme().apply(chart);
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).color() != null) {
        chart.getCategoryPlot().getRenderer().setSeriesPaint(i, series.get(i).color());
      }
    }
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xD0D5DD));
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    if (categories.size() > 6) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(BASE.deriveFont(Font.BOLD, 16f));
    theme.setLargeFont(BASE.deriveFont(Font.BOLD, 13f));
    theme.setRegularFont(BASE.deriveFont(Font.PLAIN, 12f));
    theme.setSmallFont(BASE.deriveFont(Font.PLAIN, 10f));
    return theme;
  }

  private static Font load() {
    try (InputStream in = Charts.class.getClassLoader().getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("The chart font " + FONT + " is not on the classpath");
      }
      return Font.createFonts(in)[0];
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("The chart font " + FONT + " cannot be read", e);
    }
  }
}
