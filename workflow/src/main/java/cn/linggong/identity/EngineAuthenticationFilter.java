package cn.linggong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who is working on this request, with their groups and district, so that every
 * engine query and command is limited to the person's district (tenant). City-level staff and
 * admins are the engine's admin groups and see all districts. Runs after Spring Security; the
 * engine's own webapps and REST API authenticate themselves.
 */
@RequiredArgsConstructor
public class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final CurrentUser currentUser;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var user = currentUser.get();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    EngineIdentity.authenticate(identityService, user.get());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
