package id.alursop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fifty clerks at once (issue 20): clerks of the four agencies, each in its agency's group and
 * tenant, work in Tasklist at the same time, with a person's pause (4-6 s) between actions. Alur SOP
 * runs in a JVM of its own on a new PostgreSQL database in its production profile ({@code postgres}:
 * password policy on, no demo users); the clerks drive it only over HTTP, as Tasklist does: each
 * logs in on the webapps' login (a session and its CSRF token) and calls the webapps' engine API
 * ({@code /camunda/api/engine/engine/default}). Each clerk loops: the first page of its filter
 * <em>Tugas kelompok saya</em> as Tasklist asks for it, a claim of one of the page's unassigned tasks
 * (a colleague was quicker: 409, claimed, or 404, already completed; counted apart, and another task
 * of the page is tried after a second or two), the
 * form opened (task, deployed form, form variables), the form submitted with valid values (the
 * server checks its rules). Work: the seven-step bench model ({@link ModelBench}) deployed for every
 * agency with its clerks' group as candidate, instances started at set-up by the admin. After a
 * warm-up (a minute), every call's latency is kept by kind; at the end the history must show every task a clerk completed completed
 * once, by that clerk, every instance at its next step or ended, and no task left claimed.
 */
final class PetugasSerentak {

  /** Each agency (tenant) and the group its clerks work in. */
  private static final List<String[]> INSTANSI = List.of(new String[] {"bogor", "bogor-bapperida"},
      new String[] {"ketapang", "ketapang-fungsional-umum"}, new String[] {"lamandau", "lamandau-staff-jafung"},
      new String[] {"bartim", "bartim-kasi-pmd"});
  /** The administrator of the production profile and the clerks' password: both meet the password policy. */
  private static final String ADMIN = "pengelola";
  private static final String ADMIN_SANDI = "Kunci-Bench#2024";
  private static final String SANDI = "Meja-Kerja#2024";
  private static final String API = "/camunda/api/engine/engine/default";
  private static final String FILTER = "Tugas kelompok saya";
  /** The body Tasklist 7.24 sends for a filter's list (as {@link DaftarTugas}). */
  private static final String TASKLIST = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  private static final List<String> JENIS = List.of("list", "claim", "task", "deployed_form", "form_variables",
      "submit_form", "list_refresh", "task_refresh");
  private static final Duration BATAS_PANGGILAN = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Panggilan(long mulaiMs, String jenis, double ms) {
  }

  private final BasisData db;
  private final Hasil hasil;
  private final boolean jfr;
  private final int jumlahPetugas;
  private final long durasiMs;
  private final long pemanasanMs;
  private final int instansPerInstansi;
  private final HttpClient admin = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final ConcurrentLinkedQueue<Panggilan> panggilan = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> galat = new ConcurrentLinkedQueue<>();
  private final AtomicInteger jumlahGalat = new AtomicInteger();
  private final AtomicInteger konflik = new AtomicInteger();
  private final AtomicInteger klaim = new AtomicInteger();
  /** Claims answered 404: a colleague claimed and completed the task since the clerk's list. */
  private final Map<String, String> hilang = new ConcurrentHashMap<>();
  private final AtomicInteger halamanTanpaTugas = new AtomicInteger();
  /** Task id to the clerk whose submit-form was answered 2xx; a second one is a doubled task. */
  private final Map<String, String> selesai = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> ganda = new ConcurrentLinkedQueue<>();
  private final List<String> bebanRata = Collections.synchronizedList(new ArrayList<>());
  private ProsesAplikasi app;
  /** When the measured minutes begin (after the warm-up); calls before have a negative time. */
  private volatile long t0;
  private double cpuAwal = Double.NaN;

  /**
   * Fifty clerks for ten minutes; {@code --quick}: ten for 40 s (a smoke check by hand, not in CI's
   * run: with the server's start it takes two minutes). {@code --clerks=N} and {@code --seconds=S}
   * set other sizes, to iterate.
   */
  PetugasSerentak(BasisData db, Hasil hasil, List<String> opsi) {
    this.db = db;
    this.hasil = hasil;
    this.jfr = opsi.contains("--jfr");
    boolean cepat = opsi.contains("--quick");
    this.jumlahPetugas = angka(opsi, "--clerks=", cepat ? 10 : 50);
    this.durasiMs = angka(opsi, "--seconds=", cepat ? 40 : 600) * 1000L;
    this.pemanasanMs = cepat ? 15_000 : 60_000;
    // enough work for every clerk all the time: a clerk completes a step about every 21 s, and
    // each instance has seven steps
    this.instansPerInstansi = Math.max(15, (int) (jumlahPetugas / 4.0 * (pemanasanMs + durasiMs) / 21_000 / 7 * 2));
  }

  private static int angka(List<String> opsi, String awalan, int bawaan) {
    return opsi.stream().filter(o -> o.startsWith(awalan)).map(o -> Integer.parseInt(o.substring(awalan.length())))
        .findFirst().orElse(bawaan);
  }

  void ukur() throws Exception {
    if (!db.postgres()) {
      Hasil.kemajuan(db.nama + ": clerks skipped (measured on PostgreSQL only)");
      return;
    }
    String url = db.basisBaru("alur_petugas");
    Hasil.kemajuan(db.nama + ": starting Alur SOP in its own JVM (profile postgres) for " + jumlahPetugas + " clerks");
    Path rekaman = jfr ? Path.of("target", "bench-alur-petugas-" + db.nama + ".jfr") : null;
    try (ProsesAplikasi proses = ProsesAplikasi.alur("alur-petugas-" + db.nama, db, url, List.of(
        "--spring.profiles.active=postgres", "--alur.admin.user=" + ADMIN, "--alur.admin.password=" + ADMIN_SANDI),
        rekaman)) {
      app = proses;
      List<String[]> petugas = siapkan();
      String filter = filter();
      Hasil.kemajuan(db.nama + ": " + petugas.size() + " clerks log in on the webapps' login");
      List<Petugas> semua = new ArrayList<>();
      for (String[] p : petugas) {
        semua.add(new Petugas(p[0], filter));
      }
      jalankan(semua);
      laporkan(proses.cpuMs() - cpuAwal);
      aturanForm();
      periksa(url);
    }
  }

  /** As the admin over /engine-rest (a script): clerks, the model per agency, its instances; returns id and agency. */
  private List<String[]> siapkan() throws Exception {
    List<String[]> petugas = new ArrayList<>();
    for (int i = 0; i < jumlahPetugas; i++) {
      String[] instansi = INSTANSI.get(i % INSTANSI.size());
      String id = String.format("petugas%02d.%s", i + 1, instansi[0]);
      perlu("POST", "/user/create", "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Petugas\",\"lastName\":\"Nomor "
          + (i + 1) + "\",\"email\":\"" + id + "@bench.invalid\"},\"credentials\":{\"password\":\"" + SANDI + "\"}}");
      perlu("PUT", "/group/" + instansi[1] + "/members/" + id, null);
      petugas.add(new String[] {id, instansi[0]});
    }
    for (String[] instansi : INSTANSI) {
      terapkan(instansi[0], instansi[1]);
    }
    Hasil.kemajuan(db.nama + ": " + jumlahPetugas + " clerks created; starting " + instansPerInstansi
        + " instances for each of the 4 agencies");
    ExecutorService utas = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> kerja = new ArrayList<>();
      for (String[] instansi : INSTANSI) {
        kerja.add(utas.submit(() -> {
          for (int i = 0; i < instansPerInstansi; i++) {
            perlu("POST", "/process-definition/key/" + ModelBench.PROSES + "/tenant-id/" + instansi[0] + "/start",
                "{\"businessKey\":\"" + instansi[0] + "-" + i + "\"}");
          }
          return null;
        }));
      }
      for (Future<?> k : kerja) {
        k.get();
      }
    } finally {
      utas.shutdownNow();
    }
    return petugas;
  }

  /** The seven-step model and its form for {@code tenant}, every step for {@code kelompok}; form keys differ per agency. */
  private void terapkan(String tenant, String kelompok) throws Exception {
    String form = "bench-langkah-" + tenant;
    String batas = "bench" + System.nanoTime();
    StringBuilder isi = new StringBuilder();
    RestLawanRest.bagian(isi, batas, "deployment-name", null, "bench-petugas");
    RestLawanRest.bagian(isi, batas, "tenant-id", null, tenant);
    RestLawanRest.bagian(isi, batas, "bpmn", ModelBench.PROSES + ".bpmn", ModelBench.bpmn(ModelBench.PROSES, form, true,
        kelompok));
    RestLawanRest.bagian(isi, batas, "form", form + ".form", ModelBench.FORM.replace("bench-langkah", form));
    isi.append("--").append(batas).append("--\r\n");
    HttpResponse<String> jawab = admin.send(sebagaiAdmin("/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + batas)
        .POST(HttpRequest.BodyPublishers.ofString(isi.toString(), StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (jawab.statusCode() != 200) {
      throw new IllegalStateException("deployment for " + tenant + " answered " + jawab.statusCode() + ": " + jawab.body());
    }
    // the group may see the model (as the agency's SOPs: organisasi/<agency>.yaml)
    perlu("POST", "/authorization/create", "{\"type\":1,\"permissions\":[\"READ\"],\"groupId\":\"" + kelompok
        + "\",\"resourceType\":6,\"resourceId\":\"" + ModelBench.PROSES + "\"}");
  }

  private String filter() throws Exception {
    HttpResponse<String> jawab = admin.send(sebagaiAdmin("/filter?maxResults=2&name=" + URLEncoder.encode(FILTER,
        StandardCharsets.UTF_8)).GET().build(), HttpResponse.BodyHandlers.ofString());
    JsonNode daftar = JSON.readTree(jawab.body());
    if (jawab.statusCode() != 200 || daftar.size() != 1) {
      throw new IllegalStateException("filter " + FILTER + ": " + jawab.statusCode() + " " + jawab.body());
    }
    return daftar.get(0).get("id").asText();
  }

  private void perlu(String metode, String jalur, String json) throws Exception {
    HttpRequest.Builder b = sebagaiAdmin(jalur).header("Content-Type", "application/json")
        .method(metode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> jawab = admin.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (jawab.statusCode() / 100 != 2) {
      throw new IllegalStateException(metode + " " + jalur + " answered " + jawab.statusCode() + ": " + jawab.body());
    }
  }

  private HttpRequest.Builder sebagaiAdmin(String jalur) {
    return HttpRequest.newBuilder(uri("/engine-rest" + jalur)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_SANDI).getBytes(StandardCharsets.UTF_8)));
  }

  private URI uri(String jalur) {
    return URI.create("http://localhost:" + app.port + jalur);
  }

  /**
   * Every clerk on a thread of its own, starting at a random moment of the first pause; a warm-up
   * (the server's JIT compiles its hot code: the first 30 s after a cold start are ten times
   * slower), then the measured minutes. Progress every 30 s.
   */
  private void jalankan(List<Petugas> semua) throws Exception {
    ExecutorService utas = Executors.newFixedThreadPool(semua.size());
    try {
      long mulai = System.currentTimeMillis();
      t0 = mulai + pemanasanMs;
      long akhir = t0 + durasiMs;
      Hasil.kemajuan(db.nama + ": " + semua.size() + " clerks at work: " + pemanasanMs / 1000 + " s warm-up, then "
          + durasiMs / 1000 + " s measured; load average " + bebanRata());
      List<Future<?>> kerja = new ArrayList<>();
      for (Petugas p : semua) {
        kerja.add(utas.submit(() -> {
          p.bekerja(akhir);
          return null;
        }));
      }
      long dilaporkan = 0;
      for (Future<?> k : kerja) {
        while (true) {
          try {
            k.get(1, TimeUnit.SECONDS);
            break;
          } catch (java.util.concurrent.TimeoutException belum) {
            long sekarang = System.currentTimeMillis();
            if (sekarang >= t0 && Double.isNaN(cpuAwal)) {
              cpuAwal = app.cpuMs();
            }
            if ((sekarang - mulai) / 30_000 > dilaporkan) {
              dilaporkan = (sekarang - mulai) / 30_000;
              kemajuan(mulai - t0 + dilaporkan * 30_000);
            }
          }
        }
      }
      if (Double.isNaN(cpuAwal)) {
        throw new IllegalStateException("the clerks stopped before the measured minutes began");
      }
    } finally {
      utas.shutdownNow();
    }
  }

  /** The 30 s before {@code sampai} (ms from the start of the measured minutes; negative: warm-up). */
  private void kemajuan(long sampai) {
    List<Double> jendela = new ArrayList<>();
    int n = 0;
    for (Panggilan p : panggilan) {
      n++;
      if (p.mulaiMs() >= sampai - 30_000 && p.mulaiMs() < sampai) {
        jendela.add(p.ms());
      }
    }
    Collections.sort(jendela);
    String beban = bebanRata();
    if (sampai > 0) {
      bebanRata.add(beban);
    }
    Hasil.kemajuan(String.format(java.util.Locale.ROOT,
        "%s: %3d s (%s): %d calls, last 30 s p50 %.0f ms p95 %.0f ms; %d errors, %d claims raced, %d completed; load %s",
        db.nama, (sampai + pemanasanMs) / 1000, sampai <= 0 ? "warm-up" : "measured", n, persentil(jendela, 50),
        persentil(jendela, 95), jumlahGalat.get(), konflik.get() + hilang.size(), selesai.size(), beban));
  }

  private static String bebanRata() {
    try {
      String[] b = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return b[0] + " " + b[1] + " " + b[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private void laporkan(double cpuMs) {
    Map<String, List<Double>> perJenis = new LinkedHashMap<>();
    JENIS.forEach(j -> perJenis.put(j, new ArrayList<>()));
    List<Double> seluruh = new ArrayList<>();
    List<Double> pemanasan = new ArrayList<>();
    for (Panggilan p : panggilan) {
      if (p.mulaiMs() < 0) {
        pemanasan.add(p.ms());
        continue;
      }
      perJenis.get(p.jenis()).add(p.ms());
      seluruh.add(p.ms());
    }
    String cara = jumlahPetugas + " clerks of 4 agencies, " + durasiMs / 1000 + " s measured after " + pemanasanMs / 1000
        + " s of warm-up, pauses of 4-6 s, Tasklist's calls in the webapps' session";
    hasil.cetak(db.nama, "clerks_p95_ms", persentil(seluruh, 95), "ms", "goal <= 300 ms; every call; " + cara);
    hasil.cetak(db.nama, "clerks_p50_ms", persentil(seluruh, 50), "ms", "every call");
    hasil.cetak(db.nama, "clerks_p99_ms", persentil(seluruh, 99), "ms", "every call");
    perJenis.forEach((jenis, ms) -> {
      hasil.cetak(db.nama, "clerks_" + jenis + "_p50_ms", persentil(ms, 50), "ms", ms.size() + " calls");
      hasil.cetak(db.nama, "clerks_" + jenis + "_p95_ms", persentil(ms, 95), "ms", "");
      hasil.cetak(db.nama, "clerks_" + jenis + "_p99_ms", persentil(ms, 99), "ms", "");
    });
    hasil.cetak(db.nama, "clerks_calls", seluruh.size(), "", "measured");
    hasil.cetak(db.nama, "clerks_warmup_p95_ms", persentil(pemanasan, 95), "ms", pemanasan.size()
        + " calls in the warm-up, from the server's cold start (not in the figures above)");
    hasil.cetak(db.nama, "clerks_errors", jumlahGalat.get(), "", "goal 0, warm-up included: any other answer than 2xx"
        + " (but a claim's 409 or 404 below), an exception or a timeout (" + BATAS_PANGGILAN.toSeconds() + " s)");
    hasil.cetak(db.nama, "clerks_claim_conflicts", konflik.get(), "", "409: a colleague claimed the task first (correct)");
    hasil.cetak(db.nama, "clerks_claims_of_tasks_gone", hilang.size(), "", "404: a colleague claimed and completed the"
        + " task since the clerk's list (correct; each checked completed by another clerk in the history)");
    hasil.cetak(db.nama, "clerks_pages_without_free_task", halamanTanpaTugas.get(), "",
        "a first page with no unassigned task left to claim");
    hasil.cetak(db.nama, "clerks_tasks_completed", selesai.size(), "");
    hasil.cetak(db.nama, "clerks_server_cpu_percent", cpuMs / (System.currentTimeMillis() - t0) * 100, "%",
        "the server JVM's CPU time over the measured minutes' wall time, of one core (2 cores)");
    List<String> beban = new ArrayList<>(bebanRata);
    hasil.cetak(db.nama, "clerks_load_average", beban.isEmpty() ? bebanRata() : beban.get(beban.size() / 2), "",
        "/proc/loadavg (1, 5, 15 min) at mid-run; every 30 s: " + String.join("; ", beban));
    galat.stream().limit(10).forEach(g -> Hasil.kemajuan("error: " + g));
  }

  /** The server re-checks the form: values breaking its rules are refused (400) and the task stays open. */
  private void aturanForm() throws Exception {
    HttpResponse<String> daftar = admin.send(sebagaiAdmin("/task?processDefinitionKey=" + ModelBench.PROSES
        + "&unassigned=true&maxResults=1").GET().build(), HttpResponse.BodyHandlers.ofString());
    JsonNode tugas = JSON.readTree(daftar.body());
    if (daftar.statusCode() != 200 || tugas.isEmpty()) {
      throw new IllegalStateException("no open task left to check the form's rules: " + daftar.body());
    }
    HttpResponse<String> jawab = admin.send(sebagaiAdmin("/task/" + tugas.get(0).get("id").asText() + "/submit-form")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"variables\":{\"hasil\":{\"value\":\"\"},\"jumlah\":{\"value\":0}}}")).build(),
        HttpResponse.BodyHandlers.ofString());
    if (jawab.statusCode() != 400) {
      throw new IllegalStateException("a submit breaking the form's rules answered " + jawab.statusCode() + ": "
          + jawab.body());
    }
    hasil.cetak(db.nama, "clerks_invalid_submit_refused", jawab.statusCode(), "",
        "after the run: Hasil empty and Jumlah 0 refused by the server's form rules, the task left open");
  }

  /**
   * Through the history (JDBC): every task a clerk completed was completed once, by that clerk;
   * every instance is at its next step (one open, unassigned task) or ended after its seven steps.
   */
  private void periksa(String url) throws Exception {
    List<String> salah = new ArrayList<>();
    ganda.forEach(t -> salah.add("task " + t + " answered 2xx to two clerks' submit-form"));
    Map<String, String[]> riwayat = new HashMap<>();
    Map<String, Integer> selesaiPerInstans = new HashMap<>();
    Map<String, List<String[]>> terbuka = new HashMap<>();
    Map<String, Boolean> berakhir = new HashMap<>();
    try (Connection c = DriverManager.getConnection(url, db.pengguna, db.sandi); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("select ID_, ASSIGNEE_, END_TIME_, DELETE_REASON_, PROC_INST_ID_ from"
          + " ACT_HI_TASKINST where PROC_DEF_KEY_ = '" + ModelBench.PROSES + "'")) {
        while (r.next()) {
          String[] baris = {r.getString(2), r.getTimestamp(3) == null ? null : "ended", r.getString(4), r.getString(5)};
          riwayat.put(r.getString(1), baris);
          if ("completed".equals(baris[2])) {
            selesaiPerInstans.merge(baris[3], 1, Integer::sum);
          }
        }
      }
      try (ResultSet r = s.executeQuery("select PROC_INST_ID_, TASK_DEF_KEY_, ASSIGNEE_ from ACT_RU_TASK t join"
          + " ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ = '" + ModelBench.PROSES + "'")) {
        while (r.next()) {
          terbuka.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new String[] {r.getString(2), r.getString(3)});
        }
      }
      try (ResultSet r = s.executeQuery("select ID_, END_TIME_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = '"
          + ModelBench.PROSES + "'")) {
        while (r.next()) {
          berakhir.put(r.getString(1), r.getTimestamp(2) != null);
        }
      }
    }
    selesai.forEach((tugas, petugas) -> {
      String[] baris = riwayat.get(tugas);
      if (baris == null || baris[1] == null || !"completed".equals(baris[2]) || !petugas.equals(baris[0])) {
        salah.add("task " + tugas + " completed by " + petugas + " but in the history: "
            + (baris == null ? "none" : String.join(", ", java.util.Arrays.asList(baris))));
      }
    });
    hilang.forEach((tugas, petugas) -> {
      String[] baris = riwayat.get(tugas);
      if (baris == null || !"completed".equals(baris[2]) || petugas.equals(baris[0])) {
        salah.add("task " + tugas + " answered 404 to " + petugas + "'s claim but in the history: "
            + (baris == null ? "none" : String.join(", ", java.util.Arrays.asList(baris))));
      }
    });
    long selesaiRiwayat = riwayat.values().stream().filter(b -> "completed".equals(b[2])).count();
    if (selesaiRiwayat != selesai.size()) {
      salah.add("the history has " + selesaiRiwayat + " completed tasks, the clerks completed " + selesai.size());
    }
    if (klaim.get() != selesai.size()) {
      salah.add(klaim.get() + " claims answered 2xx but " + selesai.size() + " tasks completed");
    }
    if (berakhir.size() != INSTANSI.size() * instansPerInstansi) {
      salah.add(berakhir.size() + " instances in the history, " + INSTANSI.size() * instansPerInstansi + " started");
    }
    int selesaiSemua = 0;
    for (Map.Entry<String, Boolean> instans : berakhir.entrySet()) {
      int k = selesaiPerInstans.getOrDefault(instans.getKey(), 0);
      List<String[]> buka = terbuka.getOrDefault(instans.getKey(), List.of());
      if (instans.getValue()) {
        selesaiSemua++;
        if (k != 7 || !buka.isEmpty()) {
          salah.add("instance " + instans.getKey() + " ended after " + k + " completed steps");
        }
      } else if (buka.size() != 1 || !buka.get(0)[0].equals("Task_Langkah" + (k + 1)) || buka.get(0)[1] != null) {
        salah.add("instance " + instans.getKey() + " after " + k + " completed steps has open tasks "
            + buka.stream().map(b -> b[0] + (b[1] == null ? "" : " claimed by " + b[1])).toList());
      }
    }
    hasil.cetak(db.nama, "clerks_instances_ended", selesaiSemua, "", "of " + berakhir.size() + " started at set-up");
    hasil.cetak(db.nama, "clerks_lost_or_doubled_tasks", salah.size(), "",
        "goal 0: checked in the history (JDBC): each completed once, by its clerk; every instance at its next"
            + " step (one open, unclaimed task) or ended after 7; no task left claimed");
    if (!salah.isEmpty()) {
      salah.stream().limit(20).forEach(s -> Hasil.kemajuan("wrong: " + s));
      throw new IllegalStateException(salah.size() + " lost or doubled tasks or counts that disagree (see above)");
    }
  }

  private static double persentil(List<Double> nilai, int p) {
    if (nilai.isEmpty()) {
      return Double.NaN;
    }
    List<Double> urut = new ArrayList<>(nilai);
    Collections.sort(urut);
    return urut.get(Math.max(0, (int) Math.ceil(urut.size() * p / 100.0) - 1));
  }

  /** One clerk: its own browser (HTTP client, cookies), logged in on the webapps' login. */
  private final class Petugas {

    private final String id;
    private final String filter;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    /** The page on screen (Tasklist's list, reloaded every 10 s), the task open, when Tasklist refreshes next. */
    private JsonNode halaman;
    private String terbuka;
    private long segarBerikut;

    Petugas(String id, String filter) throws Exception {
      this.id = id;
      this.filter = filter;
      this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
          .connectTimeout(BATAS_PANGGILAN).build();
      http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> masuk = http.send(HttpRequest.newBuilder(
          uri("/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + id + "&password="
              + URLEncoder.encode(SANDI, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
      if (masuk.statusCode() != 200) {
        throw new IllegalStateException("login of " + id + " answered " + masuk.statusCode() + ": " + masuk.body());
      }
      // the login starts a new session; Tasklist's next call gets that session's CSRF token
      http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build(),
          HttpResponse.BodyHandlers.discarding());
    }

    private String token() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .reduce((pertama, kedua) -> kedua).orElseThrow().getValue();
    }

    /** Until {@code akhir}: list, claim, open the form, complete; a cycle under way when time is up is finished. */
    void bekerja(long akhir) throws InterruptedException {
      Thread.sleep(ThreadLocalRandom.current().nextLong(0, 6000));
      segarBerikut = System.currentTimeMillis() + 10_000;
      while (System.currentTimeMillis() < akhir) {
        halaman = daftar("list");
        jeda();
        if (halaman == null) {
          continue;
        }
        List<String> bebas = new ArrayList<>();
        for (JsonNode t : halaman.path("_embedded").path("task")) {
          if (t.path("assignee").isNull() || t.path("assignee").isMissingNode()) {
            bebas.add(t.get("id").asText());
          }
        }
        Collections.shuffle(bebas, ThreadLocalRandom.current());
        String tugas = null;
        for (String calon : bebas) {
          AtomicLong status = new AtomicLong();
          panggil("claim", "POST", "/task/" + calon + "/claim", "{\"userId\":\"" + id + "\"}", null, status);
          if (status.get() / 100 == 2) {
            tugas = calon;
            terbuka = calon;
            klaim.incrementAndGet();
            break;
          }
          if (status.get() == 404) {
            hilang.put(calon, id);
          } else if (status.get() == 409) {
            konflik.incrementAndGet();
          } else {
            break; // an error: counted; the clerk looks at the list again
          }
          tunggu(ThreadLocalRandom.current().nextLong(1000, 2000)); // reads the message, picks another
        }
        if (tugas == null) {
          if (bebas.isEmpty()) {
            halamanTanpaTugas.incrementAndGet();
          }
          continue;
        }
        jeda();
        panggil("task", "GET", "/task/" + tugas, null, null);
        panggil("deployed_form", "GET", "/task/" + tugas + "/deployed-form", null, null);
        panggil("form_variables", "GET", "/task/" + tugas + "/form-variables", null, null);
        jeda();
        AtomicLong status = new AtomicLong();
        int jumlah = ThreadLocalRandom.current().nextInt(1, 1001);
        panggil("submit_form", "POST", "/task/" + tugas + "/submit-form", "{\"variables\":{\"hasil\":{\"value\":"
            + "\"Diperiksa, sesuai\"},\"jumlah\":{\"value\":" + jumlah + "}}}", null, status);
        if (status.get() / 100 == 2 && selesai.putIfAbsent(tugas, id) != null) {
          ganda.add(tugas);
        }
        terbuka = null;
        jeda();
      }
    }

    /** The filter's first page as Tasklist asks for it; kept as the page on screen when answered. */
    private JsonNode daftar(String jenis) {
      JsonNode jawab = panggil(jenis, "POST", "/filter/" + filter + "/list?firstResult=0&maxResults=15", TASKLIST,
          "application/hal+json, application/json; q=0.5");
      return jawab == null ? halaman : jawab;
    }

    /** A person's pause, 4-6 s. */
    private void jeda() throws InterruptedException {
      tunggu(ThreadLocalRandom.current().nextLong(4000, 6001));
    }

    /**
     * Waits {@code ms}; meanwhile Tasklist does what it does every 10 s (its {@code $interval}
     * broadcasting {@code refresh}): reloads the list on screen (the filter's {@code refresh}
     * property) and, with a task open, asks for the task to see that it still exists.
     */
    private void tunggu(long ms) throws InterruptedException {
      long sampai = System.currentTimeMillis() + ms;
      while (segarBerikut <= sampai) {
        Thread.sleep(Math.max(0, segarBerikut - System.currentTimeMillis()));
        segarBerikut += 10_000;
        halaman = daftar("list_refresh");
        if (terbuka != null) {
          panggil("task_refresh", "GET", "/task/" + terbuka, null, null);
        }
      }
      Thread.sleep(Math.max(0, sampai - System.currentTimeMillis()));
    }

    private JsonNode panggil(String jenis, String metode, String jalur, String isi, String terima) {
      return panggil(jenis, metode, jalur, isi, terima, new AtomicLong());
    }

    /** One call as Tasklist makes it; its latency kept; the page read for a list answered 2xx, else null. */
    private JsonNode panggil(String jenis, String metode, String jalur, String isi, String terima, AtomicLong status) {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri(API + jalur)).timeout(BATAS_PANGGILAN)
          .header("X-XSRF-TOKEN", token())
          .header("Accept", terima == null ? "application/json, text/plain, */*" : terima)
          .method(metode, isi == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(isi));
      if (isi != null) {
        b.header("Content-Type", "application/json");
      }
      long mulai = System.currentTimeMillis();
      long t = System.nanoTime();
      try {
        HttpResponse<String> jawab = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        panggilan.add(new Panggilan(mulai - t0, jenis, (System.nanoTime() - t) / 1e6));
        status.set(jawab.statusCode());
        if (jawab.statusCode() / 100 == 2) {
          return jenis.equals("list") ? JSON.readTree(jawab.body()) : null;
        }
        // a colleague was quicker: the task claimed (409) or already completed (404, checked in the history)
        boolean balapan = jenis.equals("claim") && (jawab.statusCode() == 409 || jawab.statusCode() == 404);
        if (!balapan) {
          jumlahGalat.incrementAndGet();
          galat.add(jenis + " " + jawab.statusCode() + ": " + jawab.body().substring(0, Math.min(200,
              jawab.body().length())));
        }
      } catch (IOException e) {
        panggilan.add(new Panggilan(mulai - t0, jenis, (System.nanoTime() - t) / 1e6));
        jumlahGalat.incrementAndGet();
        galat.add(jenis + ": " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }
  }
}
