package cn.linggong.identity;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.security.web.WebAttributes;

/** Sign-in. After repeated wrong passwords it says until when the account is locked. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout
    implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** The HTTP session's note of the language chosen here, kept for the account on sign-in. */
  public static final String LANGUAGE_ATTRIBUTE = "linggong.loginLanguage";

  private final LoginForm form = new LoginForm();
  private final com.vaadin.flow.component.select.Select<java.util.Locale> language =
      new com.vaadin.flow.component.select.Select<>();
  private final H1 title = new H1();
  private final Paragraph subtitle = new Paragraph();
  private final transient Clock clock;
  private String lockedUntil;

  public LoginView(Clock clock) {
    this.clock = clock;
    setId("login-view");
    setSizeFull();
    setAlignItems(FlexComponent.Alignment.CENTER);
    setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("text-align", "center");
    // the language before signing in; the account keeps it (the 我的账户 screen changes it later)
    language.setId("login-language");
    language.setItems(cn.linggong.shared.i18n.Languages.SUPPORTED);
    language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
    language.addValueChangeListener(
        e -> {
          if (e.getValue() == null || !e.isFromClient()) {
            return; // only a person's choice is kept
          }
          var ui = com.vaadin.flow.component.UI.getCurrent();
          ui.setLocale(e.getValue());
          ui.getSession().setLocale(e.getValue());
          ui.getSession()
              .getSession()
              .setAttribute(LANGUAGE_ATTRIBUTE, e.getValue().toLanguageTag());
        });
    add(title, subtitle, form, language);
  }

  /** Texts follow the language of the screen, also when it changes. */
  @Override
  public void localeChange(LocaleChangeEvent event) {
    title.setText(getTranslation("app.title"));
    language.setLabel(getTranslation("login.language"));
    language.setValue(cn.linggong.shared.i18n.Languages.closest(event.getLocale()));
    subtitle.setText(getTranslation("login.subtitle"));
    form.setI18n(
        i18n(
            lockedUntil == null
                ? getTranslation("login.error.detail")
                : getTranslation("login.error.locked", lockedUntil)));
  }

  private LoginI18n i18n(String errorDetail) {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.Form f = i18n.getForm();
    f.setTitle(getTranslation("login.title"));
    f.setUsername(getTranslation("login.username"));
    f.setPassword(getTranslation("login.password"));
    f.setSubmit(getTranslation("login.submit"));
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle(getTranslation("login.error.title"));
    error.setMessage(errorDetail);
    error.setUsername(getTranslation("login.error.username"));
    error.setPassword(getTranslation("login.error.password"));
    return i18n;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
      return;
    }
    Object failure =
        VaadinSession.getCurrent()
            .getSession()
            .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    if (failure instanceof SignInThrottledException throttled) {
      String at =
          java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
              .format(throttled.retryAt().atZone(clock.getZone()));
      form.setI18n(i18n(getTranslation("login.error.throttled", at)));
    } else if (failure instanceof AccountLockedException locked) {
      lockedUntil = TIME.format(locked.lockedUntil().atZone(clock.getZone()));
      form.setI18n(i18n(getTranslation("login.error.locked", lockedUntil)));
    }
    form.setError(true);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title") + " · " + getTranslation("app.brand");
  }
}
