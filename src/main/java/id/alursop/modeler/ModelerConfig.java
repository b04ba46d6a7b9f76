package id.alursop.modeler;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The modeler page at {@code /modeler} (built from {@code src/main/frontend} into
 * {@code static/modeler/}) and its API under {@code /modeler/api}, administrators only (after
 * {@link id.alursop.login.PintuMasuk} has logged the user in).
 */
@Configuration
public class ModelerConfig implements WebMvcConfigurer {

  @Bean
  FilterRegistrationBean<ModelerAuthFilter> modelerAuthentication() {
    FilterRegistrationBean<ModelerAuthFilter> registration = new FilterRegistrationBean<>(new ModelerAuthFilter());
    registration.setName("modelerAuthentication");
    registration.addUrlPatterns("/modeler", "/modeler/*");
    registration.setOrder(12);
    return registration;
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/modeler").setViewName("forward:/modeler/index.html");
    registry.addViewController("/modeler/").setViewName("forward:/modeler/index.html");
  }
}
