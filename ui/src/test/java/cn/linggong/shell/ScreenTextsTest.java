package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.Bundles;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every screen text exists in Chinese and English and formats cleanly. */
class ScreenTextsTest {

  @Test
  void chineseAndEnglishScreenTextsHaveTheSameKeys() throws IOException {
    assertThat(Bundles.load("/i18n/ui_en.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(Bundles.load("/i18n/ui.properties").keySet());
  }

  @Test
  void everyScreenTextFormats() throws IOException {
    Bundles.assertAllFormat("/i18n/ui.properties");
    Bundles.assertAllFormat("/i18n/ui_en.properties");
  }
}
