package cn.linggong.shared.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** REST answers speak the language of the request's Accept-Language, Chinese by default. */
@Configuration(proxyBeanMethods = false)
public class I18nConfiguration {

  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setSupportedLocales(Languages.SUPPORTED);
    resolver.setDefaultLocale(Languages.CHINESE);
    return resolver;
  }
}
