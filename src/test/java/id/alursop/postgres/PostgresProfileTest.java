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
            id.alursop.ProgramUji.variabel("Cibuluh", "005", "2026-12-01")).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
        id.alursop.FotoUji.lampirkan(engine, task);
        engine.getTaskService().complete(task.getId(), Map.of("catatanLogbook", "Langkah selesai", "kelurahan", "Cibuluh", "rw", "005", "sumberData", List.of("dtks"),
            "petaLokasiSasaran", "PETA-1", "ringkasanAnalisis", "ok",
            "dataKkSasaran", "3271010101010001;3271010101019001;Budi;Jl. Mawar;1;5"));
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from kn_keluarga", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from logbook_entry", Long.class)).isEqualTo(1);

        // households stream into COPY on PostgreSQL: quotes, commas and semicolons arrive intact
        Long program = jdbc.queryForObject("select id from kn_program where process_instance_id = ?", Long.class,
            instance);
        String csv = "nomor_kk;nik_kepala_keluarga;nama_kepala_keluarga;alamat;rt;rw\n"
            + "3271010101010002;3271010101019002;\"Siti \"\"Ucu\"\" Aminah, S.E.\";\"Jl. Melati; Gg. 2\";2;5\n"
            + "3271010101010003;3271010101019003;Agus;Jl. Kenanga No. 3;3;5\n"
            + "3271010101010002;3271010101019004;Dobel;Jl. Mawar;1;5\n";
        id.alursop.kampungnol.HasilImpor hasil = app.getBean(id.alursop.kampungnol.ImporKeluarga.class)
            .impor(program, new java.io.StringReader(csv));
        assertThat(hasil.diterima()).isEqualTo(2);
        assertThat(hasil.ditolak()).as("the KK already in the file").isEqualTo(1);
        assertThat(jdbc.queryForMap("select nama_kepala_keluarga, alamat, status from kn_keluarga where nomor_kk = ?",
            "3271010101010002")).containsEntry("nama_kepala_keluarga", "Siti \"Ucu\" Aminah, S.E.")
            .containsEntry("alamat", "Jl. Melati; Gg. 2").containsEntry("status", "BELUM_DIVERIFIKASI");
        assertThat(jdbc.queryForObject("select count(*) from kn_keluarga where program_id = ?", Long.class, program))
            .isEqualTo(3);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(engine.getIdentityService().createUserQuery().userId("bapperida.bogor").count()).isZero();
      }
    }
  }
}
