package id.alursop.rest;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
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

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuth("/engine-rest", 10);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication() {
    return basicAuth("/api", 11);
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuth(String prefix, int order) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("basicAuthentication" + prefix.replace('/', '-'));
    registration.addUrlPatterns(prefix + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefix);
    registration.setOrder(order);
    return registration;
  }
}
