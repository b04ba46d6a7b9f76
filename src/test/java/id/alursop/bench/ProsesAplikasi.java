package id.alursop.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An application under test in a JVM of its own (Alur SOP from its built classes, or the bare
 * Camunda application of {@code bench/bare}), both launched alike: the same JVM options, a free
 * port, the benchmark's database, output to {@code target/bench-<name>-<database>.log}. The cold
 * start is the time from launching the JVM to the first healthy answer.
 */
final class ProsesAplikasi implements AutoCloseable {

  /** The same for both applications. */
  static final List<String> OPSI_JVM = List.of("-Xmx1g", "-XX:+UseG1GC");

  final String nama;
  final int port;
  final long mulaiMs;
  private final Process proses;

  private ProsesAplikasi(String nama, int port, long mulaiMs, Process proses) {
    this.nama = nama;
    this.port = port;
    this.mulaiMs = mulaiMs;
    this.proses = proses;
  }

  /**
   * Launches {@code kelas} on {@code classpath} with {@code args} (plus the port) and waits until
   * {@code GET jalurSehat} answers as {@code sehat} accepts; {@code jfr}: a JFR recording to write.
   */
  static ProsesAplikasi mulai(String nama, String classpath, String kelas, List<String> args, String jalurSehat,
      Predicate<HttpResponse<String>> sehat, Path jfr) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> perintah = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    perintah.addAll(OPSI_JVM);
    if (jfr != null) {
      perintah.add("-XX:FlightRecorderOptions:stackdepth=1024");
      perintah.add("-XX:StartFlightRecording=settings=profile,filename=" + jfr.toAbsolutePath());
    }
    perintah.addAll(List.of("-cp", classpath, kelas, "--server.port=" + port));
    perintah.addAll(args);
    Path log = Path.of("target", "bench-" + nama + ".log");
    Files.createDirectories(log.getParent());
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest tanya = HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalurSehat))
        .timeout(Duration.ofSeconds(5)).build();
    long t0 = System.nanoTime();
    Process proses = new ProcessBuilder(perintah).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    Runtime.getRuntime().addShutdownHook(new Thread(proses::destroyForcibly));
    ProsesAplikasi app = null;
    try {
      long batas = t0 + TimeUnit.MINUTES.toNanos(5);
      while (app == null) {
        if (!proses.isAlive()) {
          throw new IllegalStateException(nama + " stopped while starting (exit " + proses.exitValue() + "), see " + log);
        }
        if (System.nanoTime() > batas) {
          throw new IllegalStateException(nama + " not healthy after 5 minutes, see " + log);
        }
        try {
          HttpResponse<String> jawab = http.send(tanya, HttpResponse.BodyHandlers.ofString());
          if (sehat.test(jawab)) {
            app = new ProsesAplikasi(nama, port, (System.nanoTime() - t0) / 1_000_000, proses);
            break;
          }
        } catch (IOException belumMendengar) {
          // not listening yet
        }
        Thread.sleep(50);
      }
      return app;
    } finally {
      if (app == null) {
        proses.destroyForcibly();
      }
    }
  }

  /**
   * Alur SOP from its built classes and runtime dependencies (listed by bench/run), on the database
   * {@code url} of {@code db}'s server, ready once its start-up runners are done; {@code tambahan}:
   * further arguments (a profile, the admin).
   */
  static ProsesAplikasi alur(String nama, BasisData db, String url, List<String> tambahan, Path jfr) throws Exception {
    List<String> args = new ArrayList<>(argsBasis(db));
    args.add("--spring.datasource.url=" + url);
    // healthy = ready: the readiness state joins /actuator/health, so it answers UP only once the
    // start-up runners (models for every agency, users, filters) are done
    args.add("--management.health.readinessstate.enabled=true");
    args.add("--logging.level.id.alursop=WARN");
    args.addAll(tambahan);
    return mulai(nama, classpath("target/classes", "target/bench-runtime-classpath.txt"),
        "id.alursop.AlurSopApplication", args, "/actuator/health",
        j -> j.statusCode() == 200 && j.body().contains("\"UP\""), jfr);
  }

  /** The arguments both applications get: the database's login, log level WARN. */
  static List<String> argsBasis(BasisData db) {
    return List.of("--spring.datasource.username=" + db.pengguna, "--spring.datasource.password=" + db.sandi,
        "--logging.level.root=WARN");
  }

  /** {@code kelas} and the classpath listed in {@code berkas} (written by bench/run). */
  static String classpath(String kelas, String berkas) throws IOException {
    Path daftar = Path.of(berkas);
    if (!Files.exists(daftar)) {
      throw new IllegalStateException(berkas + " is missing: run the benchmark through bench/run, which builds it");
    }
    return kelas + java.io.File.pathSeparator + Files.readString(daftar).trim();
  }

  /** CPU time the application's process has used so far, in milliseconds (all its threads). */
  double cpuMs() {
    return proses.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
  }

  /** Stops the process as a service manager would (SIGTERM), forcibly after 30 s. */
  @Override
  public void close() throws InterruptedException {
    proses.destroy();
    if (!proses.waitFor(30, TimeUnit.SECONDS)) {
      proses.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
