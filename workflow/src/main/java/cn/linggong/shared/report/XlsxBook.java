package cn.linggong.shared.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of plain tables: one sheet per table, a bold header row, numbers as numbers (so that a
 * spreadsheet or a province platform sums them), everything else as text. For exports of figures:
 * the dashboard, the monitoring report, the work-log ledgers.
 */
public final class XlsxBook implements AutoCloseable {

  private static final int WIDTH_MAX = 60;

  private final XSSFWorkbook book = new XSSFWorkbook();
  private final CellStyle bold;
  private final CellStyle decimal;

  public XlsxBook() {
    bold = book.createCellStyle();
    Font font = book.createFont();
    font.setBold(true);
    bold.setFont(font);
    decimal = book.createCellStyle();
    decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
  }

  /** A sheet with a header row and the rows under it; {@code null} cells stay empty. */
  public XlsxBook sheet(String name, List<String> header, List<? extends List<?>> rows) {
    Sheet sheet = book.createSheet(safeName(name));
    int[] widths = new int[header.size()];
    Row head = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      head.createCell(c).setCellValue(header.get(c));
      head.getCell(c).setCellStyle(bold);
      widths[c] = width(header.get(c));
    }
    int r = 1;
    for (List<?> values : rows) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value == null) {
          continue;
        }
        if (value instanceof BigDecimal d) {
          row.createCell(c).setCellValue(d.doubleValue());
          row.getCell(c).setCellStyle(decimal);
        } else if (value instanceof Double || value instanceof Float) {
          row.createCell(c).setCellValue(((Number) value).doubleValue());
          row.getCell(c).setCellStyle(decimal);
        } else if (value instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else {
          row.createCell(c).setCellValue(value.toString());
        }
        if (c < widths.length) {
          widths[c] = Math.max(widths[c], width(value.toString()));
        }
      }
    }
    sheet.createFreezePane(0, 1);
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, 256 * Math.min(WIDTH_MAX, widths[c] + 2));
    }
    return this;
  }

  public byte[] toBytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      book.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CJK character takes two columns. */
  private static int width(String text) {
    return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
  }

  /** Sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}. */
  private static String safeName(String name) {
    String clean = name.replaceAll("[:\\\\/?*\\[\\]]", "-");
    return clean.length() > 31 ? clean.substring(0, 31) : clean;
  }
}
