package cn.linggong.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Builds RFC 9457 problem details whose title and detail speak the request's language. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Problems {

  private final MessageSource messages;
  private final LocaleResolver localeResolver;

  public Locale locale(HttpServletRequest request) {
    return localeResolver.resolveLocale(request);
  }

  public String text(HttpServletRequest request, String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, locale(request));
  }

  /** A problem whose detail is what the exception explains. */
  public ProblemDetail problem(
      HttpServletRequest request, HttpStatus status, cn.linggong.shared.Explained why) {
    return problem(request, status, why.messageKey(), why.arguments());
  }

  /** A problem with a translated title ({@code problem.<status>.title}) and detail. */
  public ProblemDetail problem(
      HttpServletRequest request, HttpStatus status, String detailKey, Object... arguments) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(
        messages.getMessage(
            "problem." + status.value() + ".title",
            null,
            status.getReasonPhrase(),
            locale(request)));
    problem.setDetail(text(request, detailKey, arguments));
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }
}
