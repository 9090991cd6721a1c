package cn.linggong.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.form.FormCatalog;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.sla.TimeLimits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.markdown.Markdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Forms say no policy number of their own: a time limit is written {@code [[limit:KEY]]} and shown
 * as the time-limit table has it, in Chinese and in English.
 */
@SpringBootTest
class FormLimitPhrasesTest extends KaribuTestBase {

  private static final Pattern LIMIT = Pattern.compile("\\[\\[limit:([^\\]]+)]]");

  @Autowired FormCatalog catalog;
  @Autowired FormRenderer renderer;
  @Autowired TimeLimits timeLimits;

  @Test
  void everyLimitAFormNamesIsInTheTimeLimitTable() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Resource r : new PathMatchingResourcePatternResolver().getResources(FormCatalog.FORMS)) {
      texts.add(r.getContentAsString(StandardCharsets.UTF_8));
    }
    for (Resource r :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:i18n/forms*.properties")) {
      texts.add(r.getContentAsString(StandardCharsets.UTF_8));
    }
    List<String> keys = new ArrayList<>();
    for (String text : texts) {
      Matcher m = LIMIT.matcher(text);
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    assertThat(keys).contains("complaint.acceptance", "complaint.investigation");
    for (String key : keys) {
      assertThat(timeLimits.all()).as("limit %s", key).anyMatch(l -> l.key().equals(key));
    }
  }

  private String renderedText(String formId, Locale locale) {
    signIn("mediator1");
    UI.getCurrent().setLocale(locale);
    var form = catalog.find(formId).orElseThrow();
    var rendered = renderer.render(form, Map.of());
    return rendered
        .getChildren()
        .filter(Markdown.class::isInstance)
        .map(c -> ((Markdown) c).getContent())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theAcceptanceFormSaysTheLimitOfTheTable() {
    assertThat(renderedText("complaint-acceptance", Locale.SIMPLIFIED_CHINESE))
        .contains("自收到投诉之日起5个工作日内审查")
        .doesNotContain("[[");
    assertThat(renderedText("complaint-investigation", Locale.ENGLISH))
        .contains("within 60 working days", "for 30 working days more")
        .doesNotContain("[[");
  }
}
