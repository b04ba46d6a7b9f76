package id.alursop.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.alursop.TestHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A node killed with SIGKILL in the middle of firing escalations, then started again: no task
 * is lost, every level fires exactly once, and the dead node's job locks are taken over.
 */
@Tag("own-application")
class CrashTest {

  private static final String SANDI = "Sandi-Uji-2026!";
  private static final int INSTANS = 20;
  /** A programme opens with two steps: BAPPERIDA's analysis and Dinas Sosial's data (stage 1). */
  private static final int LANGKAH = 2;

  @Test
  void killedMidWork_restart_nothingLostNothingTwice() throws Exception {
    Path log = Files.createTempFile("alur-node", ".log");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
      int port = bebas();
      Process node = mulai(url, port, log);
      TestHttp http = new TestHttp(port);
      tungguSehat(http, node, log);
      for (int i = 0; i < INSTANS; i++) {
        int status = http.post("/engine-rest/process-definition/key/kampung-nol-kemiskinan-ekstrem/tenant-id/bogor/start",
            "admin:" + SANDI, "application/json", "{\"variables\":{\"namaProgram\":{\"value\":\"Program Cibuluh RW 005\"},"
                + "\"periodeMulai\":{\"value\":\"2026-12-01\"}}}").statusCode();
        assertThat(status).isEqualTo(200);
      }
      assertThat(db.queryForObject("select count(*) from act_ru_job where handler_type_ = 'alur-sla-eskalasi'",
          Long.class)).as("one pending level per step").isEqualTo(LANGKAH * INSTANS);

      // time passes: the first level of every step falls due now, and the node starts firing them
      String jatuhTempoSekarang = "update act_ru_job set duedate_ = now() - interval '1 minute' "
          + "where handler_type_ = 'alur-sla-eskalasi' and lock_owner_ is null";
      db.update(jatuhTempoSekarang);
      await("the first reminders recorded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
          .until(() -> db.queryForObject("select count(*) from sla_peringatan", Long.class) > 0);
      node.destroyForcibly().waitFor(); // SIGKILL in the middle of work
      long sebelum = db.queryForObject("select count(*) from sla_peringatan", Long.class);

      Process kedua = mulai(url, bebas(), log);
      try {
        String tertunda = "select count(*) from act_ru_job where handler_type_ = 'alur-sla-eskalasi'";
        await("every level fired after the restart").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
            .until(() -> {
              db.update(jatuhTempoSekarang); // and each next level as soon as it is scheduled
              return db.queryForObject(tertunda, Long.class) == 0;
            });
        // every chance for a level to fire twice or come back: none pending for two seconds
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
            .untilAsserted(() -> assertThat(db.queryForObject(tertunda, Long.class))
                .as("every level fired after the restart (locks taken over)").isZero());
        assertThat(db.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'Task_IdentifikasiLokasiPrioritas'",
            Long.class)).as("no task lost").isEqualTo(INSTANS);
        assertThat(db.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'Task_PenyediaanDataKemiskinan'",
            Long.class)).as("no task lost").isEqualTo(INSTANS);
        assertThat(db.queryForObject("select count(*) from sla_peringatan", Long.class)).as("fired before kill: %s", sebelum)
            .isEqualTo(3L * LANGKAH * INSTANS);
        assertThat(db.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'sla-eskalasi'",
            Long.class)).as("supervisor and head once each, never twice").isEqualTo(2L * LANGKAH * INSTANS);
      } finally {
        kedua.destroyForcibly().waitFor();
      }
    }
  }

  private static Process mulai(String url, int port, Path log) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "id.alursop.AlurSopApplication", "--spring.profiles.active=postgres", "--server.port=" + port,
        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
        "--alur.admin.user=admin", "--alur.admin.password=" + SANDI, "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.job-execution.lock-time-in-millis=5000"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private static void tungguSehat(TestHttp http, Process node, Path log) {
    await("node not healthy in time").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
        .until(() -> {
          if (!node.isAlive()) {
            throw new AssertionError("node died: " + Files.readString(log));
          }
          try {
            return http.get("/actuator/health", null).statusCode() == 200;
          } catch (java.io.IOException notYet) {
            return false; // starting
          }
        });
  }

  private static int bebas() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
