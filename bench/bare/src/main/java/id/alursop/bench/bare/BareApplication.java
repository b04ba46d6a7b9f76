package id.alursop.bench.bare;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * A bare Camunda 7.24 Spring Boot application: the REST starter with authorization on and HTTP
 * Basic on /engine-rest, registered as Camunda documents it for Spring Boot (the engine's own
 * {@link ProcessEngineAuthenticationFilter} with {@link HttpBasicAuthenticationProvider}). The
 * benchmark's baseline for Alur SOP over REST; users, model and forms are set up by the benchmark
 * client through REST.
 */
@SpringBootApplication
public class BareApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareApplication.class, args);
  }

  @Bean
  public FilterRegistrationBean<Filter> processEngineAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("camunda-auth");
    registration.setFilter(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
