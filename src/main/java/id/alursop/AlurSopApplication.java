package id.alursop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Alur SOP: SOP pemerintah daerah sebagai alur kerja BPMN di Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AlurSopApplication {

  public static void main(String[] args) {
    SpringApplication.run(AlurSopApplication.class, args);
  }
}
