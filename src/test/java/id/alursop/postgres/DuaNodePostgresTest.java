package id.alursop.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.alursop.NodeUji;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one PostgreSQL database, both job executors running: 2,000 reminders
 * falling due at once (scale with {@code -Dalur.keandalan.timer=10000}) each fire exactly once.
 */
@Tag("own-application")
class DuaNodePostgresTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Test
  void manyTimersOnTwoNodes_eachFiresExactlyOnce() throws Exception {
    int jumlah = Integer.getInteger("alur.keandalan.timer", 2000);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String[] common = {"--spring.profiles.active=postgres", "--server.port=0",
          "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
          "--alur.admin.user=admin", "--alur.admin.password=Sandi-Uji-2026!",
          "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
          "--camunda.bpm.job-execution.max-wait=1000"};
      ClockUtil.setCurrentTime(wib("2026-12-01T08:00"));
      try (ConfigurableApplicationContext a = NodeUji.mulai(common, "node-a");
          ConfigurableApplicationContext b = NodeUji.mulai(common, "node-b")) {
        ProcessEngine engine = a.getBean(ProcessEngine.class);
        // a programme opens with two steps due together (BAPPERIDA's analysis, Dinas Sosial's data): one timer each
        for (int i = 0; i < jumlah / 2; i++) {
          engine.getRuntimeService().startProcessInstanceByKey("kampung-nol-kemiskinan-ekstrem",
              id.alursop.ProgramUji.variabel("Cibuluh", "005", "2026-12-01"));
        }
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        String hitung = "select count(*) from sla_peringatan where tingkat = 'PENGINGAT'";
        long awal = System.currentTimeMillis();
        ClockUtil.setCurrentTime(wib("2026-12-08T08:05"));
        await("every reminder recorded").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
            .until(() -> jdbc.queryForObject(hitung, Long.class) >= jumlah);
        long lama = System.currentTimeMillis() - awal;
        // every chance for a second firing: the count stays for three seconds
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> assertThat(jdbc.queryForObject(hitung, Long.class)).as("fired after %s ms", lama)
                .isEqualTo(jumlah));
        assertThat(jdbc.queryForObject("select count(distinct task_id) from sla_peringatan where tingkat = 'PENGINGAT'",
            Long.class)).isEqualTo(jumlah);
        assertThat(jdbc.queryForObject("select count(*) from sla_peringatan where tingkat <> 'PENGINGAT'", Long.class))
            .as("later levels not due yet").isZero();
        System.out.println("dua-node-postgres timers " + jumlah + " fired in " + lama + " ms");
      }
    } finally {
      ClockUtil.reset();
    }
  }

  private static Date wib(String local) {
    return Date.from(LocalDateTime.parse(local).atZone(WIB).toInstant());
  }
}
