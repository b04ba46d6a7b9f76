package id.alursop.login;

import jakarta.servlet.FilterConfig;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what:
 * <ul>
 *   <li>{@code /engine-rest}: HTTP Basic against the Camunda identity service (scripts and API
 *       clients), through Camunda's own filter, which also sets the user on the engine so that
 *       every call is subject to the engine's authorizations;
 *   <li>{@code /api}, {@code /modeler} and {@code /laporan}: the webapps' login session (with its
 *       CSRF token on writes) or HTTP Basic, see {@link PintuMasuk};
 *   <li>the webapps ({@code /camunda}) keep their own login and CSRF protection.
 * </ul>
 * A refused login answers 401 without a {@code WWW-Authenticate} challenge everywhere.
 */
@Configuration
public class LoginConfig {

  private final AuthenticationProvider login;

  public LoginConfig(@Value("${alur.rest.login-tersimpan:30s}") Duration lama) {
    this.login = new LoginTersimpan(lama);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuth(login));
    registration.setName("basicAuthentication-engine-rest");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<PintuMasuk> pintuMasuk(ProcessEngine engine) {
    FilterRegistrationBean<PintuMasuk> registration = new FilterRegistrationBean<>(new PintuMasuk(engine, login));
    registration.setName("pintuMasuk");
    registration.addUrlPatterns("/api/*", "/modeler", "/modeler/*", "/laporan/*");
    registration.setOrder(11);
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
