package id.alursop.bench;

import id.alursop.AlurSopApplication;
import id.alursop.TestHttp;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What Alur SOP costs against the bare engine, measured side by side in one run on one H2 file
 * database: a 7-step process (the Kampung Nol shape) completed through our REST API with login,
 * server-side form rules, working-time due dates, escalation scheduling and the logbook, against
 * the same model through the bare engine's Java API with none of it. Prints {@code name value
 * unit} lines and writes {@code bench/results.md}. {@code --quick} for a smoke run.
 */
public final class Benchmark {

  private static final String PROSES = "bench-tujuh-langkah";
  private static final String FORM = """
      {"type":"default","id":"bench-langkah","schemaVersion":16,"components":[
        {"type":"textfield","id":"Field_hasil","key":"hasil","label":"Hasil","validate":{"required":true,"maxLength":200}},
        {"type":"number","id":"Field_jumlah","key":"jumlah","label":"Jumlah","validate":{"required":true,"min":1,"max":1000}}]}""";

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    int instances = quick ? 30 : 300;
    Map<String, String> hasil = new LinkedHashMap<>();
    Path dir = Files.createTempDirectory("alur-bench");
    String url = "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath();
    long t0 = System.nanoTime();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AlurSopApplication.class).run("--server.port=0",
        "--spring.datasource.url=" + url, "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN");
    cetak(hasil, "cold_start_to_ready", (System.nanoTime() - t0) / 1_000_000, "ms");
    try {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      engine.getRepositoryService().createDeployment().name("bench").tenantId("bogor")
          .addString(PROSES + ".bpmn", model(true)).addString("bench-langkah.form", FORM).deploy();
      var izin = engine.getAuthorizationService().createNewAuthorization(
          org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      izin.setGroupId("bogor-bapperida");
      izin.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
      izin.setResourceId(PROSES);
      izin.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
      izin.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
      engine.getAuthorizationService().saveAuthorization(izin);
      TestHttp http = new TestHttp(((WebServerApplicationContext) app).getWebServer().getPort());
      jalankanRest(http, engine, 3);
      long mulai = System.nanoTime();
      jalankanRest(http, engine, instances);
      double rest = instances / ((System.nanoTime() - mulai) / 1e9);

      var bareConfig = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
          ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
      bareConfig.setCmmnEnabled(false); // the same schema as the application's (no CMMN tables)
      ProcessEngine bare = bareConfig.setProcessEngineName("bare").setJdbcUrl(url).setJdbcUsername("sa").setJdbcPassword("")
          .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
          .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false).buildProcessEngine();
      try {
        bare.getRepositoryService().createDeployment().name("bench-bare").tenantId("bare")
            .addString(PROSES + ".bpmn", model(false)).addString("bench-langkah.form", FORM).deploy();
        jalankanBare(bare, 3);
        mulai = System.nanoTime();
        jalankanBare(bare, instances);
        double tanpa = instances / ((System.nanoTime() - mulai) / 1e9);
        cetak(hasil, "alur_rest_completed_instances", String.format("%.1f", rest), "1/s");
        cetak(hasil, "bare_engine_completed_instances", String.format("%.1f", tanpa), "1/s");
        cetak(hasil, "ratio_alur_to_bare", String.format("%.2f", rest / tanpa), "(goal >= 0.8)");
      } finally {
        bare.close();
      }
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
      cetak(hasil, "heap_used_after_gc", heap, "MiB");
    } finally {
      app.close();
    }
    tulis(hasil, quick, instances);
  }

  /** Seven user tasks in a row, each with a form and (for Alur SOP) a time standard. */
  private static String model(boolean alur) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions"
        + " xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
        + " id=\"Definitions_Bench\" targetNamespace=\"http://alursop.id/bench\"><bpmn:process id=\"" + PROSES
        + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><bpmn:startEvent id=\"StartEvent_Mulai\"/>");
    String sebelum = "StartEvent_Mulai";
    for (int i = 1; i <= 7; i++) {
      String id = "Task_Langkah" + i;
      x.append("<bpmn:sequenceFlow id=\"Flow_").append(i).append("\" sourceRef=\"").append(sebelum)
          .append("\" targetRef=\"").append(id).append("\"/>");
      x.append("<bpmn:userTask id=\"").append(id).append("\" name=\"Langkah ").append(i)
          .append("\" camunda:candidateGroups=\"bogor-bapperida\" camunda:formRef=\"bench-langkah\"")
          .append(" camunda:formRefBinding=\"latest\">");
      if (alur) {
        x.append("<bpmn:extensionElements><camunda:properties><camunda:property name=\"sop.langkah\" value=\"")
            .append(i).append("\"/><camunda:property name=\"sop.waktu\" value=\"PT300M\"/></camunda:properties>")
            .append("</bpmn:extensionElements>");
      }
      x.append("</bpmn:userTask>");
      sebelum = id;
    }
    x.append("<bpmn:sequenceFlow id=\"Flow_8\" sourceRef=\"").append(sebelum)
        .append("\" targetRef=\"EndEvent_Selesai\"/><bpmn:endEvent id=\"EndEvent_Selesai\"/></bpmn:process>")
        .append("</bpmn:definitions>");
    return x.toString();
  }

  private static void jalankanRest(TestHttp http, ProcessEngine engine, int n) throws Exception {
    String login = "bapperida.bogor:demo";
    String isian = "{\"variables\":{\"hasil\":{\"value\":\"Selesai\"},\"jumlah\":{\"value\":5}}}";
    for (int i = 0; i < n; i++) {
      String body = http.post("/engine-rest/process-definition/key/" + PROSES + "/tenant-id/bogor/start", login,
          "application/json", "{}").body();
      String instance = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
      for (int step = 0; step < 7; step++) {
        String tasks = http.get("/engine-rest/task?processInstanceId=" + instance + "&maxResults=1", login).body();
        String task = tasks.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        int status = http.post("/engine-rest/task/" + task + "/complete", login, "application/json", isian).statusCode();
        if (status != 204) {
          throw new IllegalStateException("complete answered " + status);
        }
      }
    }
  }

  private static void jalankanBare(ProcessEngine engine, int n) {
    Map<String, Object> isian = Map.of("hasil", "Selesai", "jumlah", 5L);
    for (int i = 0; i < n; i++) {
      String instance = engine.getRuntimeService().createProcessInstanceByKey(PROSES).processDefinitionTenantId("bare")
          .execute().getId();
      for (int step = 0; step < 7; step++) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        engine.getTaskService().complete(task.getId(), isian);
      }
    }
  }

  private static void cetak(Map<String, String> hasil, String nama, Object nilai, String satuan) {
    System.out.println(nama + " " + nilai + " " + satuan);
    hasil.put(nama, nilai + " " + satuan);
  }

  private static void tulis(Map<String, String> hasil, boolean quick, int instances) throws Exception {
    List<String> baris = new ArrayList<>();
    baris.add("# Benchmark results");
    baris.add("");
    baris.add("Run " + LocalDateTime.now() + (quick ? " (--quick)" : "") + ", " + instances + " instances per side, "
        + Runtime.getRuntime().availableProcessors() + " cores, "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, Java " + System.getProperty("java.version")
        + ", H2 file database.");
    baris.add("");
    baris.add("| metric | value |");
    baris.add("|---|---|");
    hasil.forEach((k, v) -> baris.add("| " + k + " | " + v + " |"));
    Files.createDirectories(Path.of("bench"));
    Files.write(Path.of("bench", "results.md"), baris);
  }
}
