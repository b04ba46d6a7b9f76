package id.alursop.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V8 splits the comma-separated receiving groups of the alerts recorded before it into
 * {@code sla_peringatan_kelompok}, on H2 and on PostgreSQL alike.
 */
class MigrasiPenerimaPeringatanTest {

  @Test
  void h2() {
    periksa(new DriverManagerDataSource("jdbc:h2:mem:migrasi-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  @Test
  void postgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      periksa(postgres.getPostgresDatabase());
    }
  }

  private static void periksa(DataSource dataSource) {
    migrasi(dataSource, "7");
    JdbcTemplate db = new JdbcTemplate(dataSource);
    long satu = simpan(db, "t1", "bogor-bapperida", null);
    long dua = simpan(db, "t2", "bogor-opd,bogor-mitra", null);
    long tiga = simpan(db, "t3", null, "staf.bogor");
    long empat = simpan(db, "t4", "ketapang-kabid,,ketapang-kabid,ketapang-sekretaris-daerah", "kabid.ketapang");

    migrasi(dataSource, "8");

    assertThat(db.query("select peringatan_id, kelompok from sla_peringatan_kelompok order by peringatan_id, kelompok",
        (rs, i) -> tuple(rs.getLong(1), rs.getString(2)))).containsExactly(
            tuple(satu, "bogor-bapperida"),
            tuple(dua, "bogor-mitra"),
            tuple(dua, "bogor-opd"),
            tuple(empat, "ketapang-kabid"),
            tuple(empat, "ketapang-sekretaris-daerah"));
    assertThat(db.queryForObject("select count(*) from sla_peringatan_kelompok where peringatan_id = ?", Long.class, tiga))
        .isZero();
  }

  private static void migrasi(DataSource dataSource, String sampai) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("alur_flyway_history")
        .target(sampai).load().migrate();
  }

  private static long simpan(JdbcTemplate db, String taskId, String kelompok, String pengguna) {
    db.update("insert into sla_peringatan (task_id, process_instance_id, process_definition_key, task_definition_key,"
        + " tingkat, kelompok_penerima, pengguna_penerima, dibuat_pada, selesai)"
        + " values (?, 'pi', 'proses', 'Task_1', 'PENGINGAT', ?, ?, current_timestamp, false)", taskId, kelompok, pengguna);
    return db.queryForObject("select id from sla_peringatan where task_id = ?", Long.class, taskId);
  }
}
