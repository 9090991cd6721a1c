package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.Bundles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every process and user task of the shipped BPMN has its name in both bundles: the Chinese one
 * equal to the BPMN's (which Modeler shows), the English one in English, without Chinese characters
 * or full-width punctuation.
 */
class ProcessNamesTest {

  private static final String[] PROCESSES = {
    "hardship-assistance.bpmn",
    "wage-complaint.bpmn",
    "market-directory-review.bpmn",
    "market-certification.bpmn"
  };
  private static final Pattern NAMED =
      Pattern.compile("<bpmn:(process|userTask) id=\"([A-Za-z0-9_]+)\" name=\"([^\"]+)\"");
  private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}，。；：、（）“”《》！？]");

  private static Map<String, String> bpmnNames() throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    for (String file : PROCESSES) {
      try (InputStream in =
          ProcessNamesTest.class.getResourceAsStream("/linggong/processes/" + file)) {
        assertThat(in).as(file).isNotNull();
        Matcher m = NAMED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
          String key = ("process".equals(m.group(1)) ? "process." : "step.") + m.group(2);
          String before = names.put(key, m.group(3));
          assertThat(before).as("%s named twice, differently", key).isIn(null, m.group(3));
        }
      }
    }
    return names;
  }

  @Test
  void everyProcessAndStepIsNamedInBothLanguages() throws IOException {
    Map<String, String> bpmn = bpmnNames();
    assertThat(bpmn).hasSizeGreaterThan(10);
    Properties zh = Bundles.load("/i18n/ui.properties");
    Properties en = Bundles.load("/i18n/ui_en.properties");
    bpmn.forEach(
        (key, name) -> {
          assertThat(zh.getProperty(key)).as(key).isEqualTo(name);
          assertThat(en.getProperty(key)).as(key).isNotBlank();
          assertThat(CHINESE.matcher(en.getProperty(key)).find()).as(key + " in English").isFalse();
        });
  }
}
