package cn.linggong.shell;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Browserless screen tests: the real views and services in a Spring context, Vaadin faked by
 * Karibu-Testing. Signing in puts a real Linggong principal into Spring Security, as the login form
 * would.
 */
public abstract class KaribuTestBase {

  private static Routes routes;

  @Autowired protected ApplicationContext context;
  @Autowired protected DirectoryService directory;
  @Autowired protected org.camunda.bpm.engine.IdentityService identityService;

  @BeforeAll
  static void discoverRoutes() {
    routes = new Routes().autoDiscoverViews("cn.linggong");
  }

  @BeforeEach
  void setUpVaadin() {
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
  }

  @AfterEach
  void tearDownVaadin() {
    signOut();
    MockVaadin.tearDown();
  }

  /** Signs in as a demo user and opens a fresh screen, as after the login form. */
  protected LinggongUser signIn(String userId) {
    LinggongUser user = directory.principal(userId);
    List<SimpleGrantedAuthority> authorities =
        user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    context
        .getBean(cn.linggong.identity.CurrentUser.class)
        .contexts()
        .getContext()
        .setAuthentication(authentication);
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(authentication);
    request.setUserInRole((principal, role) -> user.roles().contains(role));
    UI.getCurrent().setLocale(directory.language(userId));
    // what EngineAuthenticationFilter does for every real request: the engine sees the district
    cn.linggong.identity.EngineIdentity.authenticate(identityService, user);
    return user;
  }

  protected void signOut() {
    context.getBean(cn.linggong.identity.CurrentUser.class).contexts().clearContext();
    identityService.clearAuthentication();
    if (VaadinServletRequest.getCurrent() != null) {
      FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
      request.setUserPrincipalInt(null);
      request.setUserInRole((principal, role) -> false);
    }
  }
}
