package cn.linggong.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A letter or record on A4 pages in the embedded CJK TrueType font: title, paragraphs, label–value
 * lines and simple tables, wrapped to the page by Chinese line-breaking rules ({@link LineBreaks});
 * every page carries the bureau's name and the case number at the top and "第 n 页 共 m 页" at the
 * bottom. Made by {@link Letters}.
 */
public final class PdfLetter implements AutoCloseable {

  private static final float MARGIN = 56;
  private static final float TOP = PDRectangle.A4.getHeight() - 90;
  private static final float BOTTOM = 70;
  private static final float BODY = 11;
  private static final float LEADING = 1.6f;

  private final PDDocument document = new PDDocument();
  private final org.apache.fontbox.ttf.TrueTypeCollection collection;
  private final PDType0Font font;
  private final String bureau;
  private final String caseNo;
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private PDPage page;
  private PDPageContentStream content;
  private float y;

  PdfLetter(byte[] fontBytes, String fontName, String bureau, String caseNo) {
    this.bureau = bureau;
    this.caseNo = caseNo;
    try {
      this.collection =
          new org.apache.fontbox.ttf.TrueTypeCollection(
              new java.io.ByteArrayInputStream(fontBytes));
      org.apache.fontbox.ttf.TrueTypeFont ttf = collection.getFontByName(fontName);
      if (ttf == null) {
        throw new IllegalStateException("The PDF font has no face named " + fontName);
      }
      this.font = PDType0Font.load(document, ttf, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    newPage();
  }

  public PdfLetter title(String text) {
    space(6);
    float size = 18;
    float width = width(text, size);
    ensure(size * LEADING);
    write(text, (PDRectangle.A4.getWidth() - width) / 2, y, size);
    y -= size * LEADING + 6;
    return this;
  }

  public PdfLetter heading(String text) {
    space(4);
    return lines(text, 13, MARGIN, usable());
  }

  public PdfLetter paragraph(String text) {
    return lines(text, BODY, MARGIN, usable());
  }

  /** A paragraph indented by two characters, as Chinese letters are set. */
  public PdfLetter indented(String text) {
    return lines("\u3000\u3000" + text, BODY, MARGIN, usable());
  }

  /** "label：value" with the value wrapped beside the label. */
  public PdfLetter field(String label, String value) {
    String head = label + "：";
    float labelWidth = width(head, BODY);
    List<String> wrapped = wrap(value == null ? "—" : value, BODY, usable() - labelWidth);
    for (int i = 0; i < wrapped.size(); i++) {
      ensure(BODY * LEADING);
      if (i == 0) {
        write(head, MARGIN, y, BODY);
      }
      write(wrapped.get(i), MARGIN + labelWidth, y, BODY);
      y -= BODY * LEADING;
    }
    return this;
  }

  /** A table with a header row; widths are fractions of the line. */
  public PdfLetter table(List<String> headers, List<List<String>> rows, float[] widths) {
    space(4);
    row(headers, widths, true);
    for (List<String> r : rows) {
      row(r, widths, false);
    }
    return this;
  }

  /** A picture (a chart as PNG) across {@code widthFraction} of the line, centred. */
  public PdfLetter image(byte[] png, float widthFraction) {
    try {
      org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
          org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(
              document, png, "chart");
      float width = usable() * widthFraction;
      float height = width * image.getHeight() / image.getWidth();
      ensure(height + 6);
      float x = MARGIN + (usable() - width) / 2;
      content.drawImage(image, x, y - height, width, height);
      y -= height + 6;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the next part on a page of its own (unless this page is still empty). */
  public PdfLetter pageBreak() {
    if (y < TOP) {
      newPage();
    }
    return this;
  }

  public PdfLetter space(float points) {
    y -= points;
    return this;
  }

  /** Right-aligned line (signature, date). */
  public PdfLetter right(String text) {
    ensure(BODY * LEADING);
    write(text, PDRectangle.A4.getWidth() - MARGIN - width(text, BODY), y, BODY);
    y -= BODY * LEADING;
    return this;
  }

  /**
   * Keeps the next {@code count} body lines on one page (a signature block, the bureau and the
   * date), starting a new page now if they would not fit.
   */
  public PdfLetter keepTogether(int count) {
    ensure(count * BODY * LEADING);
    return this;
  }

  /**
   * The closing lines, right-aligned after a gap: kept on one page together, so no page holds a
   * lone date line.
   */
  public PdfLetter closing(String... lines) {
    float gap = 24;
    if (y - gap - lines.length * BODY * LEADING < BOTTOM) {
      newPage();
    } else {
      space(gap);
    }
    for (String line : lines) {
      right(line);
    }
    return this;
  }

  /** A dashed cutting line across the page with a small note in its middle (before a 回执). */
  public PdfLetter cutLine(String note) {
    float size = 9;
    space(10);
    ensure(size * LEADING);
    float noteWidth = width(note, size);
    float middle = PDRectangle.A4.getWidth() / 2;
    float lineY = y + size / 3;
    try {
      content.setLineDashPattern(new float[] {3, 3}, 0);
      content.moveTo(MARGIN, lineY);
      content.lineTo(middle - noteWidth / 2 - 6, lineY);
      content.moveTo(middle + noteWidth / 2 + 6, lineY);
      content.lineTo(PDRectangle.A4.getWidth() - MARGIN, lineY);
      content.stroke();
      content.setLineDashPattern(new float[] {}, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(note, middle - noteWidth / 2, y, size);
    y -= size * LEADING + 6;
    return this;
  }

  public byte[] toBytes() {
    try {
      content.close();
      int total = document.getNumberOfPages();
      for (int i = 0; i < total; i++) {
        PDPage p = document.getPage(i);
        try (PDPageContentStream s =
            new PDPageContentStream(
                document, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
          float top = PDRectangle.A4.getHeight() - 50;
          text(s, bureau, MARGIN, top, 10);
          String no = "编号：" + caseNo;
          text(s, no, PDRectangle.A4.getWidth() - MARGIN - width(no, 10), top, 10);
          s.moveTo(MARGIN, top - 8);
          s.lineTo(PDRectangle.A4.getWidth() - MARGIN, top - 8);
          s.stroke();
          String footer = "第 " + (i + 1) + " 页  共 " + total + " 页";
          text(s, footer, (PDRectangle.A4.getWidth() - width(footer, 9)) / 2, 40, 9);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
      collection.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(List<String> cells, float[] widths, boolean header) {
    float size = header ? 10.5f : 10;
    float total = usable();
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < widths.length; i++) {
      String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
      List<String> lines = wrap(cell, size, widths[i] * total - 6);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    float rowHeight = height * size * 1.4f + 6;
    ensure(rowHeight);
    try {
      float x = MARGIN;
      for (int i = 0; i < widths.length; i++) {
        float w = widths[i] * total;
        content.addRect(x, y - rowHeight + size, w, rowHeight);
        content.stroke();
        float ly = y - 2;
        for (String line : wrapped.get(i)) {
          write(line, x + 3, ly, size);
          ly -= size * 1.4f;
        }
        x += w;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= rowHeight;
  }

  private PdfLetter lines(String text, float size, float x, float width) {
    for (String paragraph : text.split("\n", -1)) {
      for (String line : wrap(paragraph, size, width)) {
        ensure(size * LEADING);
        write(line, x, y, size);
        y -= size * LEADING;
      }
    }
    return this;
  }

  private List<String> wrap(String text, float size, float width) {
    return LineBreaks.wrap(printable(text), part -> width(part, size), width);
  }

  /** Characters the font lacks become "?", so a rare name never breaks a letter. */
  private String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              boolean ok =
                  glyphs.computeIfAbsent(
                      cp,
                      c -> {
                        try {
                          font.encode(new String(Character.toChars(c)));
                          return true;
                        } catch (IOException | IllegalArgumentException e) {
                          return false;
                        }
                      });
              if (cp == '\t') {
                out.append("  ");
              } else if (ok && !Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  private float width(String text, float size) {
    try {
      return font.getStringWidth(printable(text)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float usable() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  private void ensure(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      content.setLineWidth(0.5f);
      y = TOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String text, float x, float atY, float size) {
    try {
      text(content, printable(text), x, atY, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(PDPageContentStream stream, String text, float x, float atY, float size)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, atY);
    stream.showText(text);
    stream.endText();
  }
}
