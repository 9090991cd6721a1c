package cn.linggong.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.Bundles;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every message exists in Chinese and in English and formats cleanly, so no screen shows a raw key.
 */
class MessageBundlesTest {

  @Test
  void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
    Properties zh = Bundles.load("/i18n/messages.properties");
    Properties en = Bundles.load("/i18n/messages_en.properties");
    assertThat(zh).isNotEmpty();
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh.keySet());
  }

  @Test
  void everyMessageFormatsWithoutStrayQuotes() throws IOException {
    Bundles.assertAllFormat("/i18n/messages.properties");
    Bundles.assertAllFormat("/i18n/messages_en.properties");
  }
}
