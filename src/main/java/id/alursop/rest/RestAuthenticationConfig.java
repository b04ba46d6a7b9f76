package id.alursop.rest;

import jakarta.servlet.FilterConfig;
import java.time.Duration;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against the Camunda identity service for the engine REST API and for our own
 * {@code /api}. The filter also sets the authenticated user on the engine, so that every REST
 * call is subject to the engine's authorizations. The webapps keep their own login and CSRF.
 */
@Configuration
public class RestAuthenticationConfig {

  private final AuthenticationProvider login;

  public RestAuthenticationConfig(@Value("${alur.rest.login-tersimpan:30s}") Duration lama) {
    this.login = new LoginTersimpan(lama);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuth("/engine-rest", 10);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication() {
    return basicAuth("/api", 11);
  }

  private FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuth(String prefix, int order) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuth(login));
    registration.setName("basicAuthentication" + prefix.replace('/', '-'));
    registration.addUrlPatterns(prefix + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefix);
    registration.setOrder(order);
    return registration;
  }

  /** Camunda's filter with our provider instance (its own init would create one by class name). */
  private static final class BasicAuth extends ProcessEngineAuthenticationFilter {

    BasicAuth(AuthenticationProvider provider) {
      this.authenticationProvider = provider;
    }

    @Override
    public void init(FilterConfig config) {
      this.servletPathPrefix = config.getInitParameter(SERVLET_PATH_PREFIX);
    }
  }
}
