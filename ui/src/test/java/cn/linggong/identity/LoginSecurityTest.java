package cn.linggong.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sign-in form takes only requests carrying the page's CSRF token (another site cannot sign a
 * visitor into an account of its choosing), and the screens carry a Content-Security-Policy and a
 * Referrer-Policy that leave the engine's webapps their own.
 */
@SpringBootTest
class LoginSecurityTest {

  @Autowired org.springframework.web.context.WebApplicationContext context;

  private MockMvc mvc;

  // built here rather than by @AutoConfigureMockMvc, which would start a second application
  // context whose security context strategy the screens' tests would then run under
  @org.junit.jupiter.api.BeforeEach
  void mockMvc() {
    mvc =
        org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
            .apply(
                org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers
                    .springSecurity())
            .build();
  }

  @Test
  void aSignInWithoutTheFormsTokenIsRefused() throws Exception {
    mvc.perform(post("/login").param("username", "caseworker1").param("password", "demo"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/login").param("username", "caseworker1").param("password", "demo").with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", Matchers.not(Matchers.containsString("error"))));
  }

  @Test
  void theScreensSendAContentSecurityPolicyAndNoReferrerToOtherSites() throws Exception {
    String policy = SecurityHeaders.CONTENT_SECURITY_POLICY;
    mvc.perform(post("/login").param("username", "caseworker1").param("password", "demo"))
        .andExpect(header().string("Content-Security-Policy", policy))
        .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    mvc.perform(get("/api/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("Content-Security-Policy", policy));
    // the engine's webapps set their own, stricter policy
    mvc.perform(get("/camunda/app/cockpit/default/"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().doesNotExist("Content-Security-Policy"));
  }
}
