package cn.linggong.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.Typesetting;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Chinese line breaking in letters: where a character-by-character wrap would put punctuation at a
 * line's start, split a case number, or leave the date alone on a page, the letter does not.
 */
class LineBreaksTest {

  /** Every character one unit wide: ten to a line. */
  private static final ToDoubleFunction<String> ONE_EACH = s -> s.codePointCount(0, s.length());

  @Test
  void closingPunctuationNeverStartsALineAndTakesTheCharacterBeforeItAlong() {
    List<String> lines = LineBreaks.wrap("一二三四五六七八九十，一二三。", ONE_EACH, 10);
    assertThat(lines).containsExactly("一二三四五六七八九", "十，一二三。");
  }

  @Test
  void openingPunctuationNeverEndsALine() {
    List<String> lines = LineBreaks.wrap("一二三四五六七八九（十一）", ONE_EACH, 10);
    assertThat(lines).containsExactly("一二三四五六七八九", "（十一）");
  }

  @Test
  void aCaseNumberStaysOnOneLine() {
    List<String> lines = LineBreaks.wrap("投诉编号QX-2026-000012-TJ已受理", ONE_EACH, 20);
    assertThat(lines).containsExactly("投诉编号", "QX-2026-000012-TJ已受理");
  }

  @Test
  void aRunLongerThanALineIsCutRatherThanOverflowing() {
    List<String> lines = LineBreaks.wrap("ABCDEFGHIJKLMNOPQRSTUVWXY", ONE_EACH, 10);
    assertThat(lines).containsExactly("ABCDEFGHIJ", "KLMNOPQRST", "UVWXY");
  }

  @Test
  void aLetterFilledToItsLastLineCarriesItsClosingOverTogether() throws IOException {
    byte[] font;
    try (InputStream in = new ClassPathResource("fonts/wqy-microhei.ttc").getInputStream()) {
      font = in.readAllBytes();
    }
    for (int filled = 30; filled <= 45; filled++) {
      try (PdfLetter pdf =
          new PdfLetter(font, "WenQuanYiMicroHei", "鼓楼区人力资源和社会保障局", "QX-2026-000001")) {
        pdf.title("测试函");
        for (int i = 0; i < filled; i++) {
          pdf.indented("第" + i + "行：申请人反映拖欠工资一事，经审查，现予受理（编号 QX-2026-000001）。");
        }
        byte[] bytes = pdf.closing("鼓楼区人力资源和社会保障局", "2026年12月1日").toBytes();
        Typesetting.check(bytes);
      }
    }
  }
}
