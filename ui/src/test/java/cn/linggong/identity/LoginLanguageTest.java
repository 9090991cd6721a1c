package cn.linggong.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shell.KaribuTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The sign-in page offers the language; the choice is kept for the account that signs in. */
@SpringBootTest
class LoginLanguageTest extends KaribuTestBase {

  @Test
  @SuppressWarnings("unchecked")
  void theSignInPageSwitchesToEnglishAndNotesTheChoiceForTheAccount() {
    UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    UI.getCurrent().navigate("login");
    String chineseTitle = _get(H1.class).getText();
    Select<Locale> language = _get(Select.class, spec -> spec.withId("login-language"));
    assertThat(language.getValue()).isEqualTo(Locale.SIMPLIFIED_CHINESE);

    _setValue(language, Locale.ENGLISH);

    assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(_get(H1.class).getText())
        .isNotEqualTo(chineseTitle)
        .doesNotContainPattern("\\p{IsHan}");
    assertThat(VaadinSession.getCurrent().getSession().getAttribute(LoginView.LANGUAGE_ATTRIBUTE))
        .isEqualTo("en");
  }
}
