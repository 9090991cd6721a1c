package cn.linggong.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message key exists in Chinese and in English, so no screen shows a raw key. */
class ValidationMessagesTest {

  @Test
  void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
    Properties zh = load("/i18n/messages.properties");
    Properties en = load("/i18n/messages_en.properties");
    assertThat(zh).isNotEmpty();
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh.keySet());
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(resource)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
