package id.alursop.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The postgres profile on a real PostgreSQL server: engine schema, our migrations, a first step. */
@Tag("own-application")
class PostgresProfileTest {

  @Test
  void runsOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String[] args = {"--spring.profiles.active=postgres", "--server.port=0",
          "--camunda.bpm.process-engine-name=postgres",
          "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
          "--alur.admin.user=admin", "--alur.admin.password=Rahasia-2026!"};
      try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AlurSopApplication.class).run(args)) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("kampung-nol-kemiskinan-ekstrem",
            Map.of("kelurahan", "Cibuluh", "rw", "005", "periodeMulai", "2026-12-01")).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        engine.getTaskService().complete(task.getId(), Map.of("sumberData", List.of("dtks"),
            "petaLokasiSasaran", "PETA-1", "ringkasanAnalisis", "ok",
            "dataKkSasaran", "3271010101010001;3271010101019001;Budi;Jl. Mawar;1;5"));
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from kn_keluarga", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from logbook_entry", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(engine.getIdentityService().createUserQuery().userId("bapperida.bogor").count()).isZero();
      }
    }
  }
}
