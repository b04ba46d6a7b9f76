package id.alursop.sla;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The supervisor's report page at {@code /laporan/sla} (data from {@code /api/sla/report}, login required). */
@Configuration
public class LaporanSlaPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/laporan/sla").setViewName("forward:/laporan/sla/index.html");
  }
}
