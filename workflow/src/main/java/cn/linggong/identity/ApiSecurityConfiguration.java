package cn.linggong.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security of the machine interfaces: the application's REST API ({@code /api}), the engine's REST
 * API ({@code /engine-rest}, admin only) and Actuator (health open, the rest admin only). All use
 * HTTP Basic, keep no session, and answer 401/403 as problem details. The screens' security is in
 * the ui module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
public class ApiSecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      ProblemSecurityHandlers problems,
      AccessTokens tokens,
      CurrentUser currentUser)
      throws Exception {
    http.securityMatcher(path("/api/**"))
        .addFilterBefore(
            new AccessTokenFilter(tokens, problems, currentUser.contexts()),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .addFilterAfter(
            new UploadGuard(problems),
            org.springframework.security.web.access.intercept.AuthorizationFilter.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        path("/api/docs"),
                        path("/api/docs/**"),
                        path("/api/swagger-ui/**"),
                        path("/api/swagger-ui.html"),
                        // published without sign-in (the directory of gig markets)
                        path("/api/public/**"))
                    .permitAll()
                    .anyRequest()
                    .authenticated());
    return machineInterface(http, problems);
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineRestSecurity(HttpSecurity http, ProblemSecurityHandlers problems)
      throws Exception {
    http.securityMatcher(path("/engine-rest/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN));
    return machineInterface(http, problems);
  }

  @Bean
  @Order(3)
  SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemSecurityHandlers problems)
      throws Exception {
    http.securityMatcher(path("/actuator/**"))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(path("/actuator/health"), path("/actuator/health/**"))
                    .permitAll()
                    .anyRequest()
                    .hasRole(Roles.ADMIN));
    return machineInterface(http, problems);
  }

  /** A path pattern that also matches paths served outside Spring MVC (the engine's REST API). */
  public static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static SecurityFilterChain machineInterface(
      HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
    return SecurityHeaders.apply(http)
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .build();
  }

  /** Sets the engine's authentication (user, groups, district) on every request after sign-in. */
  @Bean
  FilterRegistrationBean<EngineAuthenticationFilter> engineAuthenticationFilter(
      IdentityService identityService, CurrentUser currentUser) {
    var registration =
        new FilterRegistrationBean<>(new EngineAuthenticationFilter(identityService, currentUser));
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
