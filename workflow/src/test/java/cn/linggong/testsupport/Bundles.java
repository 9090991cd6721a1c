package cn.linggong.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** Checks of the resource bundles that every module's tests use. */
public final class Bundles {

  private Bundles() {}

  public static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /**
   * Every message goes through MessageFormat (spring.messages.always-use-message-format): each must
   * format with sample arguments, and no apostrophe may be left unpaired (it would vanish).
   */
  public static void assertAllFormat(String resource) throws IOException {
    Properties bundle = load(resource);
    Object[] samples = {1, 2, 3, 4};
    for (String key : bundle.stringPropertyNames()) {
      String pattern = bundle.getProperty(key);
      String formatted = new MessageFormat(pattern, Locale.ROOT).format(samples);
      long quotes = pattern.chars().filter(c -> c == '\'').count();
      assertThat(quotes % 2).as("unpaired apostrophe in %s", key).isZero();
      assertThat(formatted).as(key).doesNotContain("{0").isNotBlank();
    }
  }
}
