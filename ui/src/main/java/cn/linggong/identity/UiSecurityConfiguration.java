package cn.linggong.identity;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the screens: the Vaadin login view, view access by role ({@code @RolesAllowed}), and
 * the engine's Cockpit and Admin under {@code /camunda/} for admins only, signed in through the
 * same login (single sign-on).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class UiSecurityConfiguration {

  @Bean
  @Order(10)
  SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(ApiSecurityConfiguration.path("/camunda/**"))
                    .hasRole(Roles.ADMIN))
        // the engine's webapps guard their own requests with their own CSRF token
        .csrf(c -> c.ignoringRequestMatchers(ApiSecurityConfiguration.path("/camunda/**")));
    SecurityHeaders.apply(http);
    // after Spring's CSRF filter (which loads the token), before the sign-in is processed
    http.addFilterBefore(
        new LoginCsrfCheck("/login"),
        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
        .build();
  }

  /** Signs the admin into Cockpit and Admin with the Linggong session, after Spring Security. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of("authentication-provider", WebappAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(101);
    return registration;
  }
}
