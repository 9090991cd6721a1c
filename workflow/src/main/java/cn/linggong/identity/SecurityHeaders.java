package cn.linggong.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The headers every answer carries: a Content-Security-Policy that allows only this server's own
 * scripts, styles, images and connections (Vaadin Flow needs inline scripts and styles and builds
 * functions from the expressions the server sends, hence 'unsafe-inline' and 'unsafe-eval'), no
 * framing by other sites, and a Referrer-Policy that sends no path to other sites. The engine's
 * webapps under {@code /camunda/} set their own, stricter policy with a nonce and keep it.
 */
public final class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
          + " font-src 'self' data:; connect-src 'self'; frame-ancestors 'self';"
          + " form-action 'self'; base-uri 'self'; object-src 'none'";

  private SecurityHeaders() {}

  public static HttpSecurity apply(HttpSecurity http) throws Exception {
    return http.headers(
        h ->
            h.referrerPolicy(
                    r ->
                        r.policy(
                            ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(
                    new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(ApiSecurityConfiguration.path("/camunda/**")),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))));
  }
}
