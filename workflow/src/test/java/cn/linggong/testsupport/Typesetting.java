package cn.linggong.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The Chinese typesetting rules a letter keeps, checked on its text read back line by line: no line
 * starts with closing punctuation or ends with opening punctuation, no number-like run (a case
 * number, an ID number, a phone) is broken across lines, and no page holds only one line of body (a
 * lone date line) besides its header and footer.
 */
public final class Typesetting {

  /** May not start a line. */
  public static final String CLOSING = "，。、；：）」』！？”》";

  /** May not end a line. */
  public static final String OPENING = "（「『“《";

  /**
   * Numbers a reader copies: case and letter numbers ({@code QX-2026-000012-TJ}), ID numbers and
   * phones, whole or masked.
   */
  private static final List<java.util.regex.Pattern> NUMBERS =
      List.of(
          java.util.regex.Pattern.compile("[A-Z]{2}-\\d{4}-\\d{6}(-[A-Z0-9]+)*"),
          java.util.regex.Pattern.compile("\\d{6}[0-9*]{8}\\d{3}[0-9X]"),
          java.util.regex.Pattern.compile("1\\d{2}[0-9*]{4}\\d{4}"));

  private Typesetting() {}

  /** Fails with the offending line where a rule is broken. */
  public static void check(byte[] pdf) throws IOException {
    List<List<String>> pages = pages(pdf);
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = pages.get(p);
      String where = "page " + (p + 1) + " of " + pages.size() + ": " + lines;
      for (String line : lines) {
        assertThat(CLOSING.indexOf(line.charAt(0)))
            .as("line starts with closing punctuation: «%s» on %s", line, where)
            .isEqualTo(-1);
        assertThat(OPENING.indexOf(line.charAt(line.length() - 1)))
            .as("line ends with opening punctuation: «%s» on %s", line, where)
            .isEqualTo(-1);
      }
      for (java.util.regex.Pattern number : NUMBERS) {
        assertThat(count(number, String.join("\n", lines)))
            .as("a number (%s) broken across lines on %s", number, where)
            .isEqualTo(count(number, String.join("", lines)));
      }
      long body =
          lines.size()
              - (!lines.isEmpty() && header(lines.get(0)) ? 1 : 0)
              - (!lines.isEmpty() && footer(lines.get(lines.size() - 1)) ? 1 : 0);
      assertThat(body).as("a page with a lone line: %s", where).isGreaterThan(1);
    }
  }

  /** Each page's non-blank lines, in reading order, trimmed. */
  public static List<List<String>> pages(byte[] pdf) throws IOException {
    List<List<String>> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        List<String> lines = new ArrayList<>();
        for (String line : stripper.getText(document).split("\\R")) {
          String trimmed = line.strip().replace("\u3000", " ").strip();
          if (!trimmed.isEmpty()) {
            lines.add(trimmed);
          }
        }
        pages.add(lines);
      }
    }
    return pages;
  }

  private static boolean header(String line) {
    return line.contains("编号：");
  }

  private static boolean footer(String line) {
    return line.matches("第 \\d+ 页 +共 \\d+ 页");
  }

  private static long count(java.util.regex.Pattern pattern, String text) {
    return pattern.matcher(text).results().count();
  }
}
