package cn.linggong.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shared.time.DateInput;
import cn.linggong.shell.KaribuTestBase;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The date pickers speak the screen's language, start weeks on Monday and read the three ways of
 * writing a date the server reads; the upload widgets speak it too.
 */
@SpringBootTest
class DateFieldTest extends KaribuTestBase {

  @Test
  void aDatePickerSpeaksChineseStartsOnMondayAndReadsTheThreeFormats() {
    signIn("caseworker1");
    UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    DateField field = new DateField("开始日期");
    var i18n = field.getI18n();
    assertThat(i18n.getMonthNames()).hasSize(12).startsWith("一月").endsWith("十二月");
    assertThat(i18n.getWeekdays()).hasSize(7).startsWith("星期日");
    assertThat(i18n.getWeekdaysShort()).startsWith("日", "一");
    assertThat(i18n.getToday()).isEqualTo("今天");
    assertThat(i18n.getCancel()).isEqualTo("取消");
    assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    assertThat(i18n.getDateFormats()).containsExactlyElementsOf(DateInput.PATTERNS);
    assertThat(DateInput.PATTERNS).containsExactly("yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd");
    assertThat(i18n.getBadInputErrorMessage()).contains("2026-12-01", "2026/12/1", "20261201");
    assertThat(field.unreadable()).as("nothing typed").isFalse();
    assertThat(DateField.refuseUnreadable(java.util.List.of(field))).isFalse();

    UI.getCurrent().setLocale(Locale.ENGLISH);
    assertThat(new DateField("Start").getI18n().getMonthNames()).startsWith("January");
  }

  @Test
  void anUploadSpeaksChinese() {
    signIn("mediator1");
    UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    var i18n = UploadTexts.of(UI.getCurrent());
    assertThat(i18n.getAddFiles().getOne()).isEqualTo("选择文件…");
    assertThat(i18n.getDropFiles().getOne()).isEqualTo("将文件拖放到此处");
    assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("文件过大");
  }
}
