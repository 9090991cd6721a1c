package cn.linggong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <personal access token>}: a
 * token that is not active is 401, a read-only token's change (anything but GET, HEAD, OPTIONS) is
 * 403. Requests without a Bearer header go on to HTTP Basic.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";
  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  private final AccessTokens tokens;
  private final ProblemSecurityHandlers problems;
  private final SecurityContextHolderStrategy contexts;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    var found = tokens.authenticate(header.substring(BEARER.length()).trim());
    if (found.isEmpty()) {
      contexts.clearContext();
      problems.commence(request, response, new RefusedToken());
      return;
    }
    if (found.get().getKey().readOnly() && !READING.contains(request.getMethod())) {
      problems.handle(
          request, response, new cn.linggong.shared.ForbiddenException("identity.token.readOnly"));
      return;
    }
    LinggongUser user = found.get().getValue();
    var context = contexts.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user, null, EngineAuthenticationProvider.authorities(user)));
    contexts.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      contexts.clearContext();
    }
  }

  /** A Bearer token that is not one, has expired or was revoked. */
  static final class RefusedToken extends BadCredentialsException {
    RefusedToken() {
      super("Unknown, expired or revoked access token");
    }
  }
}
