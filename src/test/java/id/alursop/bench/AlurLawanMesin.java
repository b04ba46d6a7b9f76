package id.alursop.bench;

import id.alursop.TestHttp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;

/**
 * Metric 1: completed instances per second of the seven-step process, through Alur SOP's REST API
 * (login, form rules, working-time due dates, escalation jobs, logbook) against the same model
 * through a bare engine's Java API on the same database. Both sides are warmed up first (the JIT
 * needs thousands of requests), then measured in alternating rounds; the median round counts.
 * The Java API of Alur SOP's own engine is measured too, to separate HTTP and login from the
 * engine plugins.
 */
final class AlurLawanMesin {

  private static final String LOGIN = ModelBench.PENGGUNA + ":demo";
  private static final String ISIAN = "{\"variables\":{\"hasil\":{\"value\":\"Selesai\"},\"jumlah\":{\"value\":5}}}";

  private static final Map<String, String> TANPA = Map.of("bench-tanpa-form", "without its form",
      "bench-tanpa-sla", "without its time standard", "bench-polos", "without form and time standard",
      "tanpa-login", "without a logged-in user (no authorization checks)");

  private final AplikasiBench app;
  private final BasisData db;
  private final Hasil hasil;
  private final int perPutaran;
  private final int putaran;
  private final int pemanasan;

  AlurLawanMesin(AplikasiBench app, BasisData db, Hasil hasil, boolean cepat) {
    this.app = app;
    this.db = db;
    this.hasil = hasil;
    this.perPutaran = cepat ? 10 : 100;
    this.putaran = cepat ? 3 : 5;
    this.pemanasan = cepat ? 20 : 300;
  }

  void ukur() throws Exception {
    ModelBench.terapkan(app.engine, "bogor", true);
    List<String> varian = ModelBench.terapkanVarian(app.engine);
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    config.setCmmnEnabled(false); // the application's schema has no CMMN tables
    ProcessEngine bare = config.setProcessEngineName("bare-" + db.nama).setJdbcUrl(db.url)
        .setJdbcUsername(db.pengguna).setJdbcPassword(db.sandi).setJdbcMaxActiveConnections(20)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false).buildProcessEngine();
    try {
      ModelBench.terapkan(bare, "bare", false);
      Hasil.kemajuan(db.nama + ": warming up both sides (" + pemanasan + " instances each)");
      rest(pemanasan);
      java(bare, "bare", pemanasan);
      java(app.engine, "bogor", pemanasan / 2);
      List<Double> sisiRest = new ArrayList<>();
      List<Double> sisiBare = new ArrayList<>();
      List<Double> sisiJava = new ArrayList<>();
      java.util.Map<String, List<Double>> sisiVarian = new java.util.LinkedHashMap<>();
      varian.forEach(v -> sisiVarian.put(v, new ArrayList<>()));
      sisiVarian.put("tanpa-login", new ArrayList<>());
      for (int i = 0; i < putaran; i++) {
        Hasil.kemajuan(db.nama + ": round " + (i + 1) + " of " + putaran);
        sisiRest.add(perDetik("alur_rest", () -> rest(perPutaran)));
        sisiBare.add(perDetik("bare_engine", () -> java(bare, "bare", perPutaran)));
        app.engine.getIdentityService().setAuthentication(ModelBench.PENGGUNA, List.of(ModelBench.KELOMPOK),
            List.of("bogor"));
        try {
          sisiJava.add(perDetik("alur_java_api", () -> java(app.engine, "bogor", perPutaran)));
          for (String v : varian) {
            sisiVarian.get(v).add(perDetik("alur_java_api_" + v.replace("bench-", "").replace('-', '_'),
                () -> java(app.engine, v, "bogor", perPutaran)));
          }
        } finally {
          app.engine.getIdentityService().clearAuthentication();
        }
        sisiVarian.get("tanpa-login").add(perDetik("alur_java_api_tanpa_login", () -> java(app.engine, "bogor", perPutaran)));
      }
      double r = median(sisiRest);
      double b = median(sisiBare);
      hasil.cetak(db.nama, "alur_rest_completed_instances", r, "1/s");
      hasil.cetak(db.nama, "alur_java_api_completed_instances", median(sisiJava), "1/s",
          "Alur SOP's engine (plugins, authorization) without HTTP");
      sisiVarian.forEach((v, angka) -> hasil.cetak(db.nama, "alur_java_api_" + v.replace("bench-", "").replace('-', '_')
          + "_completed_instances", median(angka), "1/s", "the same " + TANPA.get(v)));
      hasil.cetak(db.nama, "bare_engine_completed_instances", b, "1/s");
      hasil.cetak(db.nama, "ratio_alur_to_bare", r / b, "", "breakdown, not like for like: Alur SOP over REST"
          + " against the bare engine's in-process Java API (HTTP charged to Alur SOP); the headline is"
          + " ratio_alur_rest_to_bare_rest");
      cpu.forEach((sisi, angka) -> hasil.cetak(db.nama, sisi + "_cpu_ms_per_instance", median(angka), "ms",
          "process CPU time (all threads) per completed instance"));
      hasil.cetak(db.nama, "ratio_alur_to_bare_by_cpu", median(cpu.get("bare_engine")) / median(cpu.get("alur_rest")), "",
          "bare CPU per instance / Alur SOP REST CPU per instance");
    } finally {
      bare.close();
    }
  }

  private interface Langkah {
    void jalan() throws Exception;
  }

  private final java.util.Map<String, List<Double>> cpu = new java.util.LinkedHashMap<>();

  /**
   * Instances per second of wall time; also the process's CPU time per instance, which other
   * programs on the machine do not change as much (kept per side, printed as cpu_ms_per_instance).
   */
  private double perDetik(String sisi, Langkah langkah) throws Exception {
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long c = os.getProcessCpuTime();
    long t = System.nanoTime();
    langkah.jalan();
    double detik = (System.nanoTime() - t) / 1e9;
    cpu.computeIfAbsent(sisi, k -> new ArrayList<>()).add((os.getProcessCpuTime() - c) / 1e6 / perPutaran);
    return perPutaran / detik;
  }

  private static double median(List<Double> nilai) {
    List<Double> urut = new ArrayList<>(nilai);
    Collections.sort(urut);
    return urut.get(urut.size() / 2);
  }

  /** As a client would: start, then per step find the open task and complete it with the form's values. */
  private void rest(int n) throws Exception {
    TestHttp http = app.http;
    for (int i = 0; i < n; i++) {
      String body = http.post("/engine-rest/process-definition/key/" + ModelBench.PROSES + "/tenant-id/bogor/start",
          LOGIN, "application/json", "{}").body();
      String instance = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
      for (int step = 0; step < 7; step++) {
        String tasks = http.get("/engine-rest/task?processInstanceId=" + instance + "&maxResults=1", LOGIN).body();
        String task = tasks.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        int status = http.post("/engine-rest/task/" + task + "/complete", LOGIN, "application/json", ISIAN).statusCode();
        if (status != 204) {
          throw new IllegalStateException("complete answered " + status);
        }
      }
    }
  }

  private static void java(ProcessEngine engine, String tenant, int n) {
    java(engine, ModelBench.PROSES, tenant, n);
  }

  private static void java(ProcessEngine engine, String key, String tenant, int n) {
    Map<String, Object> isian = Map.of("hasil", "Selesai", "jumlah", 5L);
    for (int i = 0; i < n; i++) {
      String instance = engine.getRuntimeService().createProcessInstanceByKey(key)
          .processDefinitionTenantId(tenant).execute().getId();
      for (int step = 0; step < 7; step++) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        engine.getTaskService().complete(task.getId(), isian);
      }
    }
  }
}
