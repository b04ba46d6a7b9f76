package id.alursop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The headline: Alur SOP against a bare Camunda 7.24 application ({@code bench/bare}), like for like.
 * Each runs in a JVM of its own, on an empty database of its own, started alike and timed from
 * launch to healthy (cold start). Both get the same seven-step model and Camunda Form through REST
 * (as the admin), and the same client drives both: one HTTP client, four threads, each instance
 * started, then per step the task queried and completed with the form's values, all through
 * {@code /engine-rest} with HTTP Basic. After a warm-up, rounds alternate between the two (the
 * order swapped every round), as the non-admin member of the candidate group and as the admin; the
 * median of the rounds' ratios is the figure.
 */
final class RestLawanRest {

  private static final String ANGGOTA = ModelBench.PENGGUNA + ":demo";
  private static final String ADMIN = "demo:demo";
  private static final String ISIAN = "{\"variables\":{\"hasil\":{\"value\":\"Selesai\"},\"jumlah\":{\"value\":5}}}";
  private static final int UTAS = 4;
  private static final int LANGKAH = 7;

  private final BasisData db;
  private final Hasil hasil;
  private final boolean jfr;
  private final int perPutaran;
  private final int putaran;
  private final int pemanasan;
  private final int startDingin;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  RestLawanRest(BasisData db, Hasil hasil, boolean cepat, boolean jfr) {
    this.db = db;
    this.hasil = hasil;
    this.jfr = jfr;
    this.perPutaran = cepat ? 20 : 100;
    this.putaran = cepat ? 3 : 5;
    this.pemanasan = cepat ? 40 : 300;
    this.startDingin = cepat ? 1 : 3;
  }

  void ukur() throws Exception {
    // cold starts: one at a time, each on an empty database of its own, in alternating order; the
    // last pair stays up for the throughput rounds
    List<Long> dinginAlur = new ArrayList<>();
    List<Long> dinginBare = new ArrayList<>();
    List<Double> rasioDingin = new ArrayList<>();
    for (int i = 1; i < startDingin; i++) {
      Hasil.kemajuan(db.nama + ": cold start " + i + " of " + startDingin + ", each in its own JVM");
      int ke = i;
      long[] ms = sepasang(i % 2 == 0, () -> mulaiAlur(ke, null), () -> mulaiBare(ke, null));
      dinginAlur.add(ms[0]);
      dinginBare.add(ms[1]);
      rasioDingin.add((double) ms[0] / ms[1]);
    }
    Hasil.kemajuan(db.nama + ": starting Alur SOP and bare Camunda, each in its own JVM");
    try (ProsesAplikasi alur = mulaiAlur(0, rekaman("alur")); ProsesAplikasi bare = mulaiBare(0, rekaman("bare"))) {
      dinginAlur.add(alur.mulaiMs);
      dinginBare.add(bare.mulaiMs);
      rasioDingin.add((double) alur.mulaiMs / bare.mulaiMs);
      siapkanBare(bare);
      terapkan(alur);
      terapkan(bare);
      Hasil.kemajuan(db.nama + ": warming up both over REST (" + pemanasan + " instances each as member, "
          + pemanasan / 3 + " as admin)");
      for (ProsesAplikasi app : List.of(alur, bare)) {
        jalankan(app, ANGGOTA, pemanasan);
        jalankan(app, ADMIN, pemanasan / 3);
      }
      Map<String, List<Double>> laju = new LinkedHashMap<>();
      Map<String, List<Double>> cpu = new LinkedHashMap<>();
      Map<String, List<Double>> rasio = new LinkedHashMap<>();
      for (int i = 0; i < putaran; i++) {
        Hasil.kemajuan(db.nama + ": REST against REST, round " + (i + 1) + " of " + putaran);
        for (String login : List.of(ANGGOTA, ADMIN)) {
          String siapa = login == ADMIN ? "admin" : "member";
          List<ProsesAplikasi> urutan = i % 2 == 0 ? List.of(alur, bare) : List.of(bare, alur);
          Map<ProsesAplikasi, Double> kali = new LinkedHashMap<>();
          for (ProsesAplikasi app : urutan) {
            String sisi = (app == alur ? "alur" : "bare") + "_rest_" + siapa;
            double c = app.cpuMs();
            double r = jalankan(app, login, perPutaran);
            laju.computeIfAbsent(sisi, k -> new ArrayList<>()).add(r);
            cpu.computeIfAbsent(sisi, k -> new ArrayList<>()).add((app.cpuMs() - c) / perPutaran);
            kali.put(app, r);
          }
          rasio.computeIfAbsent(siapa, k -> new ArrayList<>()).add(kali.get(alur) / kali.get(bare));
        }
      }
      String cara = "Alur SOP and bare Camunda 7.24 over REST, each its own JVM, 4 client threads; median of "
          + putaran + " rounds' ratios";
      hasil.cetak(db.nama, "ratio_alur_rest_to_bare_rest", median(rasio.get("member")), "",
          "goal >= 0.8; as " + ModelBench.PENGGUNA + " (member of the candidate group, not admin). " + cara);
      hasil.cetak(db.nama, "ratio_alur_rest_to_bare_rest_admin", median(rasio.get("admin")), "",
          "goal >= 0.8; as the admin (camunda-admin)");
      hasil.cetak(db.nama, "cold_start_ratio_alur_to_bare", median(rasioDingin), "",
          "goal <= 1.5; " + (startDingin == 1 ? "one pair of starts" : "median of " + startDingin
              + " alternating pairs of starts") + ", one JVM at a time");
      hasil.cetak(db.nama, "cold_start_alur_ms", medianLong(dinginAlur), "ms", "JVM launch to /actuator/health UP"
          + " (ready: models of 4 agencies deployed, demo users and filters set up), empty database; median");
      hasil.cetak(db.nama, "cold_start_bare_ms", medianLong(dinginBare), "ms",
          "JVM launch to the first GET /engine-rest/engine answered, empty database; median");
      laju.forEach((sisi, angka) -> hasil.cetak(db.nama, sisi + "_completed_instances", median(angka), "1/s",
          "median round, " + perPutaran + " instances a round"));
      cpu.forEach((sisi, angka) -> hasil.cetak(db.nama, sisi + "_server_cpu_ms_per_instance", median(angka), "ms",
          "the server process's CPU time (all threads) per completed instance"));
    }
  }

  /** Launches an application in a JVM of its own. */
  @FunctionalInterface
  interface Peluncur {
    ProsesAplikasi mulai() throws Exception;
  }

  /**
   * One cold start of each, one at a time ({@code alurDulu}: Alur SOP first), each stopped again:
   * Alur SOP's and the bare application's times to healthy, in that order.
   */
  static long[] sepasang(boolean alurDulu, Peluncur alur, Peluncur bare) throws Exception {
    long[] ms = new long[2];
    for (int k : alurDulu ? new int[] {0, 1} : new int[] {1, 0}) {
      try (ProsesAplikasi app = (k == 0 ? alur : bare).mulai()) {
        ms[k] = app.mulaiMs;
      }
    }
    return ms;
  }

  /** Alur SOP from its built classes and runtime dependencies, default profile, on a new database. */
  private ProsesAplikasi mulaiAlur(int ke, Path jfr) throws Exception {
    return mulaiAlur(db, db.basisBaru("alur_rest" + (ke == 0 ? "" : "_" + ke)), jfr);
  }

  /** The bare Camunda application of bench/bare, on a new database. */
  private ProsesAplikasi mulaiBare(int ke, Path jfr) throws Exception {
    return mulaiBare(db, db.basisBaru("bare_rest" + (ke == 0 ? "" : "_" + ke)), jfr);
  }

  /** Alur SOP from its built classes and runtime dependencies, default profile, on the database at {@code url}. */
  static ProsesAplikasi mulaiAlur(BasisData db, String url, Path jfr) throws Exception {
    return ProsesAplikasi.alur("alur-" + db.nama, db, url, List.of(), jfr);
  }

  /** The bare Camunda application of bench/bare, on the database at {@code url}. */
  static ProsesAplikasi mulaiBare(BasisData db, String url, Path jfr) throws Exception {
    List<String> args = new ArrayList<>(ProsesAplikasi.argsBasis(db));
    args.add("--spring.datasource.url=" + url);
    return ProsesAplikasi.mulai("bare-" + db.nama, ProsesAplikasi.classpath("bench/bare/target/classes",
        "bench/bare/target/classpath.txt"), "id.alursop.bench.bare.BareApplication", args, "/engine-rest/engine",
        j -> j.statusCode() == 200, jfr);
  }

  static long medianLong(List<Long> nilai) {
    List<Long> urut = new ArrayList<>(nilai);
    Collections.sort(urut);
    return urut.get(urut.size() / 2);
  }

  private Path rekaman(String app) {
    return jfr ? Path.of("target", "bench-" + app + "-" + db.nama + ".jfr") : null;
  }

  /** Camunda has only its admin: the member, its group and agency (tenant), and its right to start instances. */
  private void siapkanBare(ProsesAplikasi app) throws Exception {
    perlu(app, "POST", "/user/create", "{\"profile\":{\"id\":\"" + ModelBench.PENGGUNA
        + "\",\"firstName\":\"Staf\",\"lastName\":\"Bapperida\",\"email\":\"staf@bogor.invalid\"},"
        + "\"credentials\":{\"password\":\"demo\"}}");
    perlu(app, "POST", "/group/create", "{\"id\":\"" + ModelBench.KELOMPOK + "\",\"name\":\"BAPPERIDA\",\"type\":\"WORKFLOW\"}");
    perlu(app, "PUT", "/group/" + ModelBench.KELOMPOK + "/members/" + ModelBench.PENGGUNA, null);
    perlu(app, "POST", "/tenant/create", "{\"id\":\"bogor\",\"name\":\"Kota Bogor\"}");
    perlu(app, "PUT", "/tenant/bogor/user-members/" + ModelBench.PENGGUNA, null);
    // resource 8: process instance; 6: process definition
    perlu(app, "POST", "/authorization/create", "{\"type\":1,\"permissions\":[\"CREATE\"],\"groupId\":\""
        + ModelBench.KELOMPOK + "\",\"resourceType\":8,\"resourceId\":\"*\"}");
  }

  /** The model and its form for agency bogor, as the admin; its group may read it and start it (as ModelBench). */
  private void terapkan(ProsesAplikasi app) throws Exception {
    String batas = "bench" + System.nanoTime();
    StringBuilder isi = new StringBuilder();
    bagian(isi, batas, "deployment-name", null, "bench");
    bagian(isi, batas, "tenant-id", null, "bogor");
    bagian(isi, batas, "bpmn", ModelBench.PROSES + ".bpmn", ModelBench.bpmn(ModelBench.PROSES, "bench-langkah", true));
    bagian(isi, batas, "form", "bench-langkah.form", ModelBench.FORM);
    isi.append("--").append(batas).append("--\r\n");
    HttpResponse<String> jawab = http.send(permintaan(app, "/deployment/create", ADMIN)
        .header("Content-Type", "multipart/form-data; boundary=" + batas)
        .POST(HttpRequest.BodyPublishers.ofString(isi.toString(), StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (jawab.statusCode() != 200) {
      throw new IllegalStateException(app.nama + ": deployment answered " + jawab.statusCode() + ": " + jawab.body());
    }
    perlu(app, "POST", "/authorization/create", "{\"type\":1,\"permissions\":[\"READ\",\"CREATE_INSTANCE\"],\"groupId\":\""
        + ModelBench.KELOMPOK + "\",\"resourceType\":6,\"resourceId\":\"" + ModelBench.PROSES + "\"}");
  }

  static void bagian(StringBuilder isi, String batas, String nama, String berkas, String teks) {
    isi.append("--").append(batas).append("\r\nContent-Disposition: form-data; name=\"").append(nama).append('"');
    if (berkas != null) {
      isi.append("; filename=\"").append(berkas).append("\"\r\nContent-Type: application/octet-stream");
    }
    isi.append("\r\n\r\n").append(teks).append("\r\n");
  }

  private void perlu(ProsesAplikasi app, String metode, String jalur, String json) throws Exception {
    HttpRequest.Builder b = permintaan(app, jalur, ADMIN).header("Content-Type", "application/json")
        .method(metode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> jawab = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (jawab.statusCode() / 100 != 2) {
      throw new IllegalStateException(app.nama + ": " + metode + " " + jalur + " answered " + jawab.statusCode() + ": "
          + jawab.body());
    }
  }

  private HttpRequest.Builder permintaan(ProsesAplikasi app, String jalur, String login) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + "/engine-rest" + jalur))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
  }

  /** {@code n} instances, four client threads at once; completed instances per second of wall time. */
  private double jalankan(ProsesAplikasi app, String login, int n) throws Exception {
    AtomicInteger sisa = new AtomicInteger(n);
    ExecutorService utas = Executors.newFixedThreadPool(UTAS);
    try {
      long t = System.nanoTime();
      List<Future<?>> kerja = new ArrayList<>();
      for (int i = 0; i < UTAS; i++) {
        kerja.add(utas.submit(() -> {
          while (sisa.getAndDecrement() > 0) {
            instans(app, login);
          }
          return null;
        }));
      }
      for (Future<?> k : kerja) {
        k.get();
      }
      return n / ((System.nanoTime() - t) / 1e9);
    } finally {
      utas.shutdownNow();
    }
  }

  /** As a client would: start, then per step find the open task and complete it with the form's values. */
  private void instans(ProsesAplikasi app, String login) throws Exception {
    HttpResponse<String> mulai = http.send(permintaan(app, "/process-definition/key/" + ModelBench.PROSES
        + "/tenant-id/bogor/start", login).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    if (mulai.statusCode() != 200) {
      throw new IllegalStateException(app.nama + ": start answered " + mulai.statusCode() + ": " + mulai.body());
    }
    String instance = mulai.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    for (int step = 0; step < LANGKAH; step++) {
      HttpResponse<String> tugas = http.send(permintaan(app, "/task?processInstanceId=" + instance + "&maxResults=1",
          login).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (tugas.statusCode() != 200 || !tugas.body().contains("\"id\"")) {
        throw new IllegalStateException(app.nama + ": task query answered " + tugas.statusCode() + ": " + tugas.body());
      }
      String task = tugas.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
      HttpResponse<String> selesai = http.send(permintaan(app, "/task/" + task + "/complete", login)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ISIAN)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (selesai.statusCode() != 204) {
        throw new IllegalStateException(app.nama + ": complete answered " + selesai.statusCode() + ": " + selesai.body());
      }
    }
  }

  static double median(List<Double> nilai) {
    List<Double> urut = new ArrayList<>(nilai);
    Collections.sort(urut);
    return urut.get(urut.size() / 2);
  }
}
