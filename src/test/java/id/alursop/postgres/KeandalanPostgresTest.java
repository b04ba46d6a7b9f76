package id.alursop.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.alursop.AlurSopApplication;
import id.alursop.TestHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
            id.alursop.ProgramUji.variabel("Cibuluh", "005", "2026-12-01")).getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult().getId();
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
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(health()).as("recovered by itself").isEqualTo(200));
    HttpResponse<String> mulai = http.post("/engine-rest/process-definition/key/kampung-nol-kemiskinan-ekstrem/tenant-id/"
        + "bogor/start", "staf0.bogor:" + SANDI, "application/json",
        "{\"variables\":{\"namaProgram\":{\"value\":\"Program Cibuluh RW 005\"},"
            + "\"periodeMulai\":{\"value\":\"2026-12-01\"}}}");
    assertThat(mulai.statusCode()).as(mulai.body()).isEqualTo(200);
  }

  /**
   * Generated bad inputs for the start form of every SOP and the forms of its first steps (the
   * Ketapang SOPs walked eight steps deep): each answered 400 with the field named, and no row of
   * the engine or of our tables changes.
   */
  @Test
  void badInputsAtScale_all4xxWithField_nothingWritten() throws Exception {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    int jumlah = 0;
    for (org.camunda.bpm.engine.repository.ProcessDefinition definisi : engine.getRepositoryService()
        .createProcessDefinitionQuery().latestVersion().list()) {
      java.io.InputStream startForm;
      try {
        startForm = engine.getFormService().getDeployedStartForm(definisi.getId());
      } catch (org.camunda.bpm.engine.ProcessEngineException tanpaForm) {
        continue; // the shared processes have no start form
      }
      id.alursop.validation.FormSchema mulai = form(startForm);
      Map<String, Object> isian = isian(mulai);
      jumlah += kirimSalah("/engine-rest/process-definition/" + definisi.getId() + "/start", salah(mulai, isian));
      String instance = engine.getRuntimeService().startProcessInstanceById(definisi.getId(), isian).getId();
      int langkah = definisi.getKey().startsWith("ketapang-") ? 8 : 1;
      for (int i = 0; i < langkah; i++) {
        List<org.camunda.bpm.engine.task.Task> terbuka = new id.alursop.PengemudiSop(engine).tugasTerbuka(instance);
        if (terbuka.isEmpty()) {
          break;
        }
        org.camunda.bpm.engine.task.Task task = terbuka.get(0);
        id.alursop.validation.FormSchema tugas = form(engine.getFormService().getDeployedTaskForm(task.getId()));
        Map<String, Object> baik = isian(tugas);
        baik.computeIfPresent("keputusanTinjauan", (k, v) -> "setujui");
        baik.computeIfPresent("opdDiminta", (k, v) -> List.of("ketapang-opd-dinas-sosial"));
        jumlah += kirimSalah("/engine-rest/task/" + task.getId() + "/complete", salah(tugas, baik));
        if (i + 1 < langkah) {
          engine.getTaskService().complete(task.getId(), baik);
        }
      }
    }
    assertThat(jumlah).as("generated bad inputs").isGreaterThanOrEqualTo(200);
  }

  /** Sends each bad variant; all 400 naming the field, and the row counts stay the same. */
  private int kirimSalah(String url, Map<String, Map<String, Object>> varian) throws Exception {
    org.springframework.jdbc.core.JdbcTemplate jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    String hitung = "select (select count(*) from act_ru_task) + (select count(*) from act_ru_execution)"
        + " + (select count(*) from act_ru_variable) + (select count(*) from kn_program)"
        + " + (select count(*) from kn_keluarga) + (select count(*) from uep_pemohon) + (select count(*) from logbook_entry)";
    long sebelum = jdbc.queryForObject(hitung, Long.class);
    for (Map.Entry<String, Map<String, Object>> v : varian.entrySet()) {
      HttpResponse<String> r = http.post(url, "admin:" + SANDI, "application/json",
          "{\"variables\":" + json(v.getValue()) + "}");
      assertThat(r.statusCode()).as("%s %s: %s", url, v.getKey(), r.body()).isEqualTo(400);
      assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("errors").findValuesAsText("field"))
          .as("%s %s", url, v.getKey()).contains(v.getKey().substring(0, v.getKey().indexOf(':')));
    }
    assertThat(jdbc.queryForObject(hitung, Long.class)).as("nothing written by %s", url).isEqualTo(sebelum);
    return varian.size();
  }

  private static id.alursop.validation.FormSchema form(java.io.InputStream in) throws java.io.IOException {
    try (in) {
      return id.alursop.validation.FormSchema.parse(in);
    }
  }

  private static Map<String, Object> isian(id.alursop.validation.FormSchema form) {
    Map<String, Object> isian = new java.util.HashMap<>();
    form.fields().forEach(f -> isian.put(f.key(), id.alursop.IsianContoh.untuk(f)));
    // a list (UEP's applicants in its start form): one valid row, as JSON text (engine REST without type)
    for (id.alursop.validation.FormList daftar : form.lists()) {
      Map<String, Object> baris = new java.util.HashMap<>();
      daftar.fields().forEach(f -> baris.put(f.key(), id.alursop.IsianContoh.untuk(f)));
      try {
        isian.put(daftar.path(), new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(List.of(baris)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return isian;
  }

  /** One bad variant per field and rule: "key:rule" → the variables to send. */
  private static Map<String, Map<String, Object>> salah(id.alursop.validation.FormSchema form, Map<String, Object> baik) {
    Map<String, Map<String, Object>> varian = new java.util.LinkedHashMap<>();
    Map<String, Object> asing = new java.util.HashMap<>(baik);
    asing.put("isianAsing", "tidak diminta formulir");
    varian.put("isianAsing:unknown", asing);
    String skrip = "<script>alert('x')</script>";
    String sql = "'; DROP TABLE act_ru_task; --";
    for (id.alursop.validation.FormField f : form.fields()) {
      java.util.function.BiConsumer<String, Object> tambah = (aturan, nilai) -> {
        Map<String, Object> v = new java.util.HashMap<>(baik);
        if (nilai == null) {
          v.remove(f.key());
        } else {
          v.put(f.key(), nilai);
        }
        varian.put(f.key() + ":" + aturan, v);
      };
      if (f.required()) {
        tambah.accept("required", null);
      }
      if (f.pattern() != null) {
        tambah.accept("pattern", skrip);
      }
      if (f.maxLength() != null) {
        tambah.accept("maxLength", sql.repeat(f.maxLength() / sql.length() + 1));
      }
      if (f.minLength() != null && f.minLength() > 1) {
        tambah.accept("minLength", "a");
      }
      switch (f.type()) {
        case "number" -> {
          tambah.accept("number", "1 OR 1=1");
          if (f.min() != null) {
            tambah.accept("min", f.min().longValue() - 1);
          }
          if (f.max() != null) {
            tambah.accept("max", f.max().longValue() + 1);
          }
        }
        case "radio", "select" -> tambah.accept("values", skrip);
        case "checklist" -> {
          tambah.accept("type", "bukan-daftar");
          tambah.accept("values", List.of("tidak-ada"));
        }
        case "checkbox" -> tambah.accept("type", "mungkin");
        case "datetime" -> tambah.accept("date", "31/12/2026");
        default -> { }
      }
    }
    return varian;
  }

  private static String json(Map<String, Object> variabel) throws Exception {
    Map<String, Object> rest = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Object> e : variabel.entrySet()) {
      Object nilai = e.getValue();
      rest.put(e.getKey(), nilai instanceof List<?> daftar
          ? Map.of("value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(daftar), "type", "Json")
          : java.util.Collections.singletonMap("value", nilai));
    }
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(rest);
  }

  private int health() throws Exception {
    return http.get("/actuator/health", null).statusCode();
  }
}
