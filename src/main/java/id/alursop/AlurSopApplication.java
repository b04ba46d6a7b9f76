package id.alursop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** Alur SOP: SOP pemerintah daerah sebagai alur kerja BPMN di Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AlurSopApplication {

  public static void main(String[] args) {
    SpringApplication.run(AlurSopApplication.class, args);
  }

  /**
   * JPA (Hibernate) is built on a thread of its own while the process engine builds on the main
   * one; whoever needs it first waits for it (bench/reading.md, section 0a).
   */
  @Bean
  EntityManagerFactoryBuilderCustomizer jpaDibangunBersamaan() {
    return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-awal-"));
  }
}
