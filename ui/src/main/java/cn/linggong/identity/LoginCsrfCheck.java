package cn.linggong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's security configuration exempts the login form's POST from Spring's CSRF check; a sign-in
 * another site's page sends (login CSRF) would then sign the visitor into an account the attacker
 * chose. The login form sends the page's token (from its {@code _csrf} meta tags), so this check
 * refuses a sign-in without it (403), with the same token Spring's CSRF filter loaded.
 */
class LoginCsrfCheck extends OncePerRequestFilter {

  private final String loginPath;
  private final XorCsrfTokenRequestAttributeHandler masked =
      new XorCsrfTokenRequestAttributeHandler();
  private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

  LoginCsrfCheck(String loginPath) {
    this.loginPath = loginPath;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("POST".equals(request.getMethod())
        && loginPath.equals(request.getRequestURI().substring(request.getContextPath().length()))
        && !valid(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Missing or wrong CSRF token");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean valid(HttpServletRequest request) {
    // the token as stored (the request's CsrfToken attribute is masked afresh on every read)
    Object deferred =
        request.getAttribute(
            org.springframework.security.web.csrf.DeferredCsrfToken.class.getName());
    if (!(deferred instanceof org.springframework.security.web.csrf.DeferredCsrfToken token)) {
      return false;
    }
    CsrfToken expected = token.get();
    if (expected == null || expected.getToken() == null) {
      return false;
    }
    String sent = masked.resolveCsrfTokenValue(request, expected);
    if (sent != null && same(sent, expected.getToken())) {
      return true;
    }
    sent = plain.resolveCsrfTokenValue(request, expected);
    return sent != null && same(sent, expected.getToken());
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
