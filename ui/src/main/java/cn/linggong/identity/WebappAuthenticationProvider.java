package cn.linggong.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** Hands the Linggong user signed in with Spring Security to the engine's webapps. */
public class WebappAuthenticationProvider extends ContainerBasedAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    // the engine's webapps make this provider themselves: the application's CurrentUser is looked
    // up in the application the request came to (not the JVM-wide security context)
    var application =
        WebApplicationContextUtils.findWebApplicationContext(request.getServletContext());
    java.util.Optional<LinggongUser> signedIn =
        application == null
            ? java.util.Optional.empty()
            : application.getBean(CurrentUser.class).get();
    if (signedIn.isEmpty()) {
      return AuthenticationResult.unsuccessful();
    }
    LinggongUser user = signedIn.get();
    AuthenticationResult result = AuthenticationResult.successful(user.userId());
    result.setGroups(List.copyOf(user.roles()));
    result.setTenants(user.district().map(List::of).orElse(List.of()));
    return result;
  }
}
