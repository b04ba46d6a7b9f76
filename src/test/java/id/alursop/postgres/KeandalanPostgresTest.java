package id.alursop.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopApplication;
import id.alursop.TestHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reliability on a real PostgreSQL server: concurrent claims, and the database going away and
 * coming back while the application runs. Rounds scale with {@code -Dalur.keandalan.putaran=100}.
 */
@Tag("own-application")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeandalanPostgresTest {

  private static final int PENGGUNA = 8;
  private static final String SANDI = "Sandi-Uji-2026!";

  private Path data;
  private int pgPort;
  private EmbeddedPostgres postgres;
  private ConfigurableApplicationContext app;
  private TestHttp http;

  @BeforeAll
  void start() throws Exception {
    data = Files.createTempDirectory("alur-pg");
    try (ServerSocket socket = new ServerSocket(0)) {
      pgPort = socket.getLocalPort();
    }
    postgres = pg();
    app = new SpringApplicationBuilder(AlurSopApplication.class).run("--spring.profiles.active=postgres",
        "--server.port=0",
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
        "--spring.datasource.hikari.connection-timeout=2000",
        "--management.endpoint.health.group.db.include=db",
        "--alur.admin.user=admin", "--alur.admin.password=" + SANDI);
    http = new TestHttp(((WebServerApplicationContext) app).getWebServer().getPort());
    IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
    for (int i = 0; i < PENGGUNA; i++) {
      User user = identity.newUser("staf" + i + ".bogor");
      user.setFirstName("Staf");
      user.setLastName("Uji " + i);
      user.setPassword(SANDI);
      identity.saveUser(user);
      identity.createMembership(user.getId(), "bogor-bapperida");
    }
  }

  /** The server on a fixed port and data directory, so that a restart keeps the data. */
  private EmbeddedPostgres pg() throws Exception {
    return EmbeddedPostgres.builder().setPort(pgPort).setDataDirectory(data).setCleanDataDirectory(false).start();
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    org.springframework.util.FileSystemUtils.deleteRecursively(data);
  }

  @Test
  void concurrentClaim_exactlyOneWinsEachRound_othersGet409() throws Exception {
    int putaran = Integer.getInteger("alur.keandalan.putaran", 20);
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    ExecutorService pool = Executors.newFixedThreadPool(PENGGUNA);
    try {
      for (int r = 0; r < putaran; r++) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("kampung-nol-kemiskinan-ekstrem",
            Map.of("kelurahan", "Cibuluh", "rw", "005", "periodeMulai", "2026-12-01")).getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        CountDownLatch serentak = new CountDownLatch(1);
        List<Future<Integer>> hasil = new ArrayList<>();
        for (int i = 0; i < PENGGUNA; i++) {
          String user = "staf" + i + ".bogor";
          hasil.add(pool.submit(() -> {
            serentak.await();
            return http.post("/engine-rest/task/" + task + "/claim", user + ":" + SANDI, "application/json",
                "{\"userId\":\"" + user + "\"}").statusCode();
          }));
        }
        serentak.countDown();
        List<Integer> status = new ArrayList<>();
        for (Future<Integer> f : hasil) {
          status.add(f.get());
        }
        assertThat(status).as("round %s", r).filteredOn(s -> s == 204).hasSize(1);
        assertThat(status).as("round %s", r).filteredOn(s -> s != 204).allMatch(s -> s == 409);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void databaseRestart_unhealthyThenRecovers_workContinues() throws Exception {
    assertThat(health()).isEqualTo(200);
    postgres.close();
    assertThat(health()).as("database down").isEqualTo(503);
    postgres = pg();
    long batas = System.currentTimeMillis() + 30_000;
    while (health() != 200 && System.currentTimeMillis() < batas) {
      Thread.sleep(500);
    }
    assertThat(health()).as("recovered by itself").isEqualTo(200);
    HttpResponse<String> mulai = http.post("/engine-rest/process-definition/key/kampung-nol-kemiskinan-ekstrem/tenant-id/"
        + "bogor/start", "staf0.bogor:" + SANDI, "application/json",
        "{\"variables\":{\"kelurahan\":{\"value\":\"Cibuluh\"},\"rw\":{\"value\":\"005\"},"
            + "\"periodeMulai\":{\"value\":\"2026-12-01\"}}}");
    assertThat(mulai.statusCode()).as(mulai.body()).isEqualTo(200);
  }

  private int health() throws Exception {
    return http.get("/actuator/health", null).statusCode();
  }
}
