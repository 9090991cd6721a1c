package cn.linggong.shell;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LoginView;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every screen: speaks the signed-in person's language from the first component on, shows a
 * translated message (never a stack trace) when something fails, logging the cause, and signs the
 * person out when Vaadin closes an idle session.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UiSetup implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

  private final CurrentUser currentUser;
  private final DirectoryService directory;

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            e ->
                currentUser
                    .get()
                    .ifPresent(
                        user -> {
                          keepLoginLanguage(e.getUI(), user.userId());
                          var locale = directory.language(user.userId());
                          e.getUI().setLocale(locale);
                          e.getUI().getSession().setLocale(locale);
                        }));
    event
        .getSource()
        .addSessionInitListener(e -> e.getSession().setErrorHandler(UiSetup::showError));
    // Vaadin closes a session whose screens sent nothing but heartbeats for the session timeout
    // (vaadin.closeIdleSessions); the sign-in lives in the HTTP session, which those heartbeats
    // kept alive: it ends with it, so the next click asks to sign in again
    event.getSource().addSessionDestroyListener(e -> signOut(e.getSession()));
  }

  /** The language chosen on the sign-in page becomes the account's, once. */
  private void keepLoginLanguage(UI ui, String userId) {
    var http = ui.getSession().getSession();
    Object chosen = http == null ? null : http.getAttribute(LoginView.LANGUAGE_ATTRIBUTE);
    if (chosen != null) {
      directory.setLanguage(userId, java.util.Locale.forLanguageTag(chosen.toString()));
      http.removeAttribute(LoginView.LANGUAGE_ATTRIBUTE);
    }
  }

  private static void signOut(com.vaadin.flow.server.VaadinSession session) {
    var http = session.getSession();
    if (http == null) {
      return;
    }
    try {
      http.invalidate();
    } catch (IllegalStateException alreadyInvalid) {
      // the container ended it first (the ordinary timeout)
    }
  }

  private static void showError(ErrorEvent event) {
    Throwable cause = event.getThrowable();
    UI ui = UI.getCurrent();
    if (ui == null) {
      log.error("Error outside a screen", cause);
      return;
    }
    String text;
    var rule = cn.linggong.shared.RuleViolationException.in(cause);
    if (rootOf(cause, InvalidInputException.class) instanceof InvalidInputException invalid) {
      text = FieldErrors.summary(ui, invalid);
    } else if (rule.isPresent()) {
      log.info("A rule refused an action on a screen: {}", rule.get().getMessage());
      text = ui.getTranslation(rule.get().messageKey(), rule.get().arguments());
    } else {
      log.error("Unexpected error on a screen", cause);
      text = ui.getTranslation("error.unexpected");
    }
    ui.access(
        () -> {
          Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
          notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
  }

  private static Throwable rootOf(Throwable throwable, Class<?> wanted) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (wanted.isInstance(t)) {
        return t;
      }
    }
    return throwable;
  }
}
