package cn.linggong.shell;

import cn.linggong.shared.i18n.Languages;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Screens take every text from the resource bundles, through Spring's message source. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TranslationProvider implements I18NProvider {

  private final MessageSource messages;

  @Override
  public List<Locale> getProvidedLocales() {
    return Languages.SUPPORTED;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return messages.getMessage(key, params, "!" + key + "!", Languages.closest(locale));
  }
}
