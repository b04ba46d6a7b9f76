package id.alursop.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.alursop.sla.EskalasiJobHandler;
import id.alursop.sla.EskalasiJobHandler.Konfigurasi;
import id.alursop.sla.EskalasiJobHandler.Lanjutan;
import id.alursop.sla.TingkatEskalasi;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Escalation at scale on two nodes ({@code --metric=escalation2}, PostgreSQL only): {@code langkah}
 * steps whose first level falls at the same moment, on a fresh database shared by two Alur SOP
 * nodes, each in a JVM of its own with the job executor on. The instances are created in the
 * benchmark's JVM with the job executor off and the engine clock frozen (a Monday 08:00 WIB weeks
 * ahead), so every step has one working-time due date and one chain of levels. Then, level by
 * level, both nodes are started with their engine clock (see {@link NodeBench}) at a minute before
 * the level's moment, running on in real time; measured: from the moment until every step's record
 * of that level exists, how late each record is (its recorded time, in the engine clock, minus the
 * moment), how many jobs each node ran, failed jobs and lost job acquisitions (optimistic locking),
 * and that each step got its level exactly once: one row per step, its group row, one e-mail
 * (a GreenMail SMTP server in the benchmark's JVM), and for the superiors' levels one follow-up
 * process. Before each later level, every step must hold exactly one pending job, for that level,
 * at the moment the first job carried for it. The nodes are stopped between levels (SIGTERM).
 */
final class EskalasiDuaNode {

  private static final String TIPE = EskalasiJobHandler.TYPE;
  private static final long SEBELUM_MS = 60_000;
  private static final List<String> METER = List.of("job-acquisition-attempt", "job-acquired-success",
      "job-acquired-failure", "job-successful", "job-failed", "job-locked-exclusive", "job-execution-rejected");

  private final BasisData db;
  private final Hasil hasil;
  private final int langkah;
  private final boolean jfr;
  private final int tingkatDiukur;
  private JdbcTemplate jdbc;

  /** {@code tingkatDiukur}: how many levels of the chain to fire (each after the one before). */
  EskalasiDuaNode(BasisData db, Hasil hasil, int langkah, int tingkatDiukur, boolean jfr) {
    this.db = db;
    this.hasil = hasil;
    this.langkah = langkah;
    this.tingkatDiukur = tingkatDiukur;
    this.jfr = jfr;
  }

  void ukur() throws Exception {
    if (!db.postgres()) {
      Hasil.kemajuan(db.nama + ": escalation2 needs a database server both nodes share (PostgreSQL); skipped");
      return;
    }
    String url = db.basisBaru("eskalasi_dua_node");
    jdbc = new JdbcTemplate(new DriverManagerDataSource(url, db.pengguna, db.sandi));
    ZoneId wib = ZoneId.of("Asia/Jakarta");
    LocalDate senin = LocalDate.now(wib).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    Date dibuat = Date.from(senin.atTime(LocalTime.of(8, 0)).atZone(wib).toInstant());
    Hasil.kemajuan(db.nama + ": creating " + langkah + " instances (job executor off, clock at " + dibuat.toInstant() + ")");
    long t0 = System.nanoTime();
    try (AplikasiBench app = AplikasiBench.mulai(db, url, List.of("--camunda.bpm.job-execution.enabled=false"))) {
      ModelBench.terapkan(app.engine, "bogor", true);
      ClockUtil.setCurrentTime(dibuat);
      try {
        buatInstans(app);
      } finally {
        ClockUtil.reset();
      }
    }
    hasil.cetak(db.nama, "escalation2_steps", langkah, "", "instances of ModelBench, each at its first step, created in "
        + Math.round((System.nanoTime() - t0) / 1e9) + " s");
    Map<TingkatEskalasi, Instant> jadwal = jadwalBersama();
    hasil.catat("escalation2 chain of every step (created " + dibuat.toInstant() + "): " + jadwal);

    Path kelasNode = salinNode();
    String classpath = "target/classes" + java.io.File.pathSeparator + kelasNode + java.io.File.pathSeparator
        + Files.readString(Path.of("target/bench-runtime-classpath.txt")).trim();
    int portSmtp;
    try (ServerSocket s = new ServerSocket(0)) {
      portSmtp = s.getLocalPort();
    }
    GreenMail surel = new GreenMail(new ServerSetup(portSmtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    surel.start();
    try {
      List<TingkatEskalasi> urutan = new ArrayList<>(jadwal.keySet());
      int i = 0;
      for (; i < urutan.size() && i < tingkatDiukur; i++) {
        TingkatEskalasi tingkat = urutan.get(i);
        periksaTertunda(tingkat, jadwal.get(tingkat), urutan.subList(i + 1, urutan.size()), jadwal);
        tingkat(tingkat, jadwal.get(tingkat), classpath, portSmtp, surel, i == 0);
      }
      if (i < urutan.size()) {
        // the next level not fired: every step still holds its job, at its moment
        periksaTertunda(urutan.get(i), jadwal.get(urutan.get(i)), urutan.subList(i + 1, urutan.size()), jadwal);
      } else {
        long sisa = jdbc.queryForObject("select count(*) from act_ru_job where handler_type_ = ?", Long.class, TIPE);
        hasil.cetak(db.nama, "escalation2_jobs_left_after_last_level", sisa, "", "must be 0");
      }
    } finally {
      surel.stop();
    }
  }

  /** One level: both nodes up with the clock a minute before its moment, until every step has it. */
  private void tingkat(TingkatEskalasi tingkat, Instant saat, String classpath, int portSmtp, GreenMail surel,
      boolean pertama) throws Exception {
    String n = "escalation2_" + tingkat.name().toLowerCase();
    long sudah = jumlah(tingkat);
    if (sudah != 0) {
      throw new IllegalStateException(sudah + " records of " + tingkat + " before its moment");
    }
    Map<String, Long> meterSebelum = meter();
    Path jam = Path.of("target", "bench-eskalasi-jam.txt");
    // while the nodes start, their clock stays well before the moment
    tulisJam(jam, saat.toEpochMilli() - 10 * 60_000 - System.currentTimeMillis());
    List<String> args = new ArrayList<>(List.of("--spring.config.location=classpath:/application.yaml",
        "--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=" + db.pengguna,
        "--spring.datasource.password=" + db.sandi, "--logging.level.root=WARN", "--logging.level.id.alursop=WARN",
        "--management.health.readinessstate.enabled=true", "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + portSmtp, "--alur.bench.jam=" + jam.toAbsolutePath()));
    Hasil.kemajuan(db.nama + ": " + tingkat + ": starting two nodes");
    List<ProsesAplikasi> node = new ArrayList<>();
    double bebanMaks = 0;
    List<Double> beban = new ArrayList<>();
    List<Double> cpuAwal = new ArrayList<>();
    double cpu = 0;
    long tMomen;
    double detik;
    double detikSurel;
    double cpuSurel = 0;
    long tercatat;
    try {
      for (int k = 1; k <= 2; k++) {
        List<String> a = new ArrayList<>(args);
        a.add("--camunda.bpm.generic-properties.properties.hostname=node-" + k);
        Path rekaman = jfr && pertama && k == 1 ? Path.of("target", "bench-eskalasi-node1.jfr") : null;
        node.add(ProsesAplikasi.mulai("eskalasi-node" + k + "-" + tingkat.name().toLowerCase(), classpath,
            NodeBench.class.getName(), a, "/actuator/health", j -> j.statusCode() == 200 && j.body().contains("\"UP\""),
            rekaman));
      }
      long offset = saat.toEpochMilli() - SEBELUM_MS - System.currentTimeMillis();
      tulisJam(jam, offset);
      tMomen = saat.toEpochMilli() - offset; // real time at which the engine clock reaches the moment
      for (ProsesAplikasi p : node) {
        cpuAwal.add(p.cpuMs());
      }
      Hasil.kemajuan(db.nama + ": " + tingkat + ": nodes up in " + node.get(0).mulaiMs + " and " + node.get(1).mulaiMs
          + " ms; engine clock at " + Instant.ofEpochMilli(System.currentTimeMillis() + offset) + ", due " + saat);
      long batas = tMomen + 40L * 60 * 1000;
      tercatat = 0;
      long cetak = 0;
      while (tercatat < langkah && System.currentTimeMillis() < batas) {
        Thread.sleep(500);
        tercatat = jumlah(tingkat);
        if (System.currentTimeMillis() >= tMomen) {
          double b = bebanSatuMenit();
          beban.add(b);
          bebanMaks = Math.max(bebanMaks, b);
        }
        if (System.currentTimeMillis() > cetak) {
          Hasil.kemajuan(db.nama + ": " + tingkat + ": " + tercatat + " of " + langkah + " recorded, "
              + (System.currentTimeMillis() - tMomen) / 1000 + " s after due; load " + bebanSatuMenit());
          cetak = System.currentTimeMillis() + 30_000;
        }
      }
      detik = (System.currentTimeMillis() - tMomen) / 1000.0;
      for (int k = 0; k < node.size(); k++) {
        cpu += node.get(k).cpuMs() - cpuAwal.get(k);
      }
      // the mails leave the outbox after their records (PengantarSurel): the nodes run until it is empty
      long menunggu = belumTerkirim();
      while (menunggu > 0 && System.currentTimeMillis() < batas) {
        Hasil.kemajuan(db.nama + ": " + tingkat + ": " + menunggu + " mails still in the outbox, "
            + (System.currentTimeMillis() - tMomen) / 1000 + " s after due");
        Thread.sleep(5000);
        menunggu = belumTerkirim();
      }
      detikSurel = (System.currentTimeMillis() - tMomen) / 1000.0;
      for (int k = 0; k < node.size(); k++) {
        cpuSurel += node.get(k).cpuMs() - cpuAwal.get(k);
      }
      Thread.sleep(3000); // a duplicate would show now
      Hasil.kemajuan(db.nama + ": " + tingkat + ": done after " + detik + " s; stopping the nodes");
    } finally {
      for (ProsesAplikasi p : node) {
        p.close();
      }
    }
    hasil.cetak(db.nama, n + "_due", saat.toString(), "", "the engine clock's moment of this level for every step");
    hasil.cetak(db.nama, n + "_seconds_until_all_recorded", detik, "s",
        pertama ? "goal: every record <= 300 s after due" : "from its own moment");
    List<Long> telat = jdbc.queryForList("select cast(extract(epoch from dibuat_pada) * 1000 as bigint) from"
        + " sla_peringatan where tingkat = ? order by 1", Long.class, tingkat.name());
    hasil.cetak(db.nama, n + "_lateness_p50", telat.isEmpty() ? -1 : (telat.get(telat.size() / 2) - saat.toEpochMilli())
        / 1000.0, "s", "recorded time (engine clock) minus due");
    hasil.cetak(db.nama, n + "_lateness_p95", telat.isEmpty() ? -1
        : (telat.get((int) Math.min(telat.size() - 1, Math.ceil(telat.size() * 0.95) - 1)) - saat.toEpochMilli()) / 1000.0, "s");
    hasil.cetak(db.nama, n + "_lateness_max", telat.isEmpty() ? -1 : (telat.get(telat.size() - 1) - saat.toEpochMilli())
        / 1000.0, "s");
    hasil.cetak(db.nama, n + "_lateness_min", telat.isEmpty() ? -1 : (telat.get(0) - saat.toEpochMilli()) / 1000.0, "s",
        "must be >= 0: never before its moment");
    Map<String, Object> baris = jdbc.queryForMap("select count(*) as semua, count(distinct task_id) as tugas from"
        + " sla_peringatan where tingkat = ?", tingkat.name());
    hasil.cetak(db.nama, n + "_records", baris.get("semua"), "", "must equal the steps");
    hasil.cetak(db.nama, n + "_records_distinct_steps", baris.get("tugas"), "", "must equal the steps");
    hasil.cetak(db.nama, n + "_group_rows", jdbc.queryForObject("select count(*) from sla_peringatan_kelompok k join"
        + " sla_peringatan p on p.id = k.peringatan_id where p.tingkat = ?", Long.class, tingkat.name()), "",
        "one receiving group per record");
    hasil.cetak(db.nama, n + "_seconds_until_all_emailed", detikSurel, "s",
        "until the outbox held no mail to send (within 5 s); the mails leave it after their records");
    hasil.cetak(db.nama, n + "_outbox_given_up", jdbc.queryForObject("select count(*) from surel_keluar where gagal",
        Long.class), "", "must be 0");
    hasil.cetak(db.nama, n + "_node_cpu_ms_per_record_with_mail", cpuSurel / Math.max(1, tercatat), "ms",
        "as the next figure, until the outbox was empty");
    int[] surat = surat(surel, tingkat);
    hasil.cetak(db.nama, n + "_emails", surat[0], "", "received by the SMTP server, one recipient each");
    hasil.cetak(db.nama, n + "_emails_distinct_message_ids", surat[1], "", "must equal the steps");
    if (tingkat.keAtasan()) {
      Map<String, Object> lanjut = jdbc.queryForMap("select count(*) as semua, count(distinct p.business_key_) as tugas"
          + " from act_hi_procinst p join act_hi_varinst v on v.proc_inst_id_ = p.id_ and v.name_ = 'tingkat'"
          + " where p.proc_def_key_ = 'sla-eskalasi' and v.text_ = ?", tingkat.name());
      hasil.cetak(db.nama, n + "_follow_up_processes", lanjut.get("semua"), "", "one per step (sla-eskalasi)");
      hasil.cetak(db.nama, n + "_follow_up_distinct_steps", lanjut.get("tugas"), "", "must equal the steps");
    }
    // the job log keeps the handler type but not the configuration of a job without definition: the
    // level's jobs are those due at its moment
    Timestamp jatuh = Timestamp.from(saat);
    for (Map<String, Object> r : jdbc.queryForList("select hostname_, count(*) as n from act_hi_job_log where"
        + " job_def_type_ = ? and job_state_ = 2 and job_duedate_ = ? group by hostname_ order by hostname_", TIPE, jatuh)) {
      hasil.cetak(db.nama, n + "_jobs_run_" + String.valueOf(r.get("hostname_")).replace('-', '_'), r.get("n"), "",
          "successful job executions (history job log)");
    }
    hasil.cetak(db.nama, n + "_job_failures", jdbc.queryForObject("select count(*) from act_hi_job_log where"
        + " job_def_type_ = ? and job_state_ = 1 and job_duedate_ = ?", Long.class, TIPE, jatuh), "",
        "failed executions (history job log)");
    Map<String, Long> meterSesudah = meter();
    for (String m : METER) {
      hasil.cetak(db.nama, n + "_" + m.replace('-', '_'), meterSesudah.getOrDefault(m, 0L) - meterSebelum.getOrDefault(m, 0L),
          "", m.equals("job-acquired-failure") ? "jobs lost to the other node's acquisition (optimistic locking)"
              : "engine metric, both nodes");
    }
    hasil.cetak(db.nama, n + "_node_cpu_ms_per_record", cpu / Math.max(1, tercatat), "ms",
        "both nodes' CPU time (all threads) from a minute before due until all recorded, per record; the database's not included");
    hasil.cetak(db.nama, n + "_load_average_1min", beban.isEmpty() ? Double.NaN
        : beban.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), "", "mean while measuring; max "
        + bebanMaks);
  }

  /**
   * Before a later level: every step holds exactly one pending job, for this level at its moment,
   * carrying the levels after it at theirs.
   */
  private void periksaTertunda(TingkatEskalasi tingkat, Instant saat, List<TingkatEskalasi> sesudah,
      Map<TingkatEskalasi, Instant> jadwal) {
    StringBuilder konfigurasi = new StringBuilder("%|").append(tingkat.name());
    sesudah.forEach(t -> konfigurasi.append('|').append(t.name()).append('@').append(jadwal.get(t).toEpochMilli()));
    long semua = jdbc.queryForObject("select count(*) from act_ru_job where handler_type_ = ?", Long.class, TIPE);
    long tepat = jdbc.queryForObject("select count(*) from act_ru_job where handler_type_ = ? and handler_cfg_ like ?"
        + " and duedate_ = ?", Long.class, TIPE, konfigurasi.toString(), Timestamp.from(saat));
    long ganda = jdbc.queryForObject("select count(*) from (select execution_id_ from act_ru_job where handler_type_ = ?"
        + " group by execution_id_ having count(*) > 1) g", Long.class, TIPE);
    String n = "escalation2_" + tingkat.name().toLowerCase();
    hasil.cetak(db.nama, n + "_pending_jobs_before", semua, "", "must equal the steps: one pending job each");
    hasil.cetak(db.nama, n + "_pending_jobs_at_its_moment", tepat, "",
        "must equal the steps: this level, due at the moment the first job carried, the later levels at theirs");
    hasil.cetak(db.nama, n + "_steps_with_more_than_one_job", ganda, "", "must be 0");
  }

  /** The chain every first job carries (all alike, or the run stops): level to moment. */
  private Map<TingkatEskalasi, Instant> jadwalBersama() {
    Set<String> rantai = new HashSet<>();
    Set<String> tugas = new HashSet<>();
    Map<TingkatEskalasi, Instant> jadwal = new LinkedHashMap<>();
    jdbc.query("select handler_cfg_, duedate_ from act_ru_job where handler_type_ = ?", r -> {
      Konfigurasi k = Konfigurasi.dari(r.getString(1));
      tugas.add(k.taskId());
      StringBuilder s = new StringBuilder(k.tingkat() + "@" + r.getTimestamp(2).toInstant());
      k.berikut().forEach(l -> s.append(' ').append(l.tingkat()).append('@').append(l.saat()));
      if (rantai.add(s.toString()) && jadwal.isEmpty()) {
        jadwal.put(k.tingkat(), r.getTimestamp(2).toInstant());
        for (Lanjutan l : k.berikut()) {
          jadwal.put(l.tingkat(), l.saat());
        }
      }
    }, TIPE);
    Map<String, Object> jatuhTempo = jdbc.queryForMap("select count(*) as n, count(distinct due_date_) as d,"
        + " min(due_date_) as t from act_ru_task");
    if (tugas.size() != langkah || rantai.size() != 1 || ((Number) jatuhTempo.get("d")).intValue() != 1
        || !((Timestamp) jatuhTempo.get("t")).toInstant().equals(jadwal.values().iterator().next())) {
      throw new IllegalStateException("expected " + langkah + " steps with one chain and due date, found jobs of "
          + tugas.size() + " steps, chains " + rantai + ", tasks " + jatuhTempo);
    }
    return jadwal;
  }

  private void buatInstans(AplikasiBench app) throws Exception {
    AtomicInteger giliran = new AtomicInteger();
    ExecutorService kerja = Executors.newFixedThreadPool(4);
    long t0 = System.nanoTime();
    List<Future<?>> hasilKerja = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      hasilKerja.add(kerja.submit(() -> {
        for (int i = giliran.getAndIncrement(); i < langkah; i = giliran.getAndIncrement()) {
          app.engine.getRuntimeService().createProcessInstanceByKey(ModelBench.PROSES).processDefinitionTenantId("bogor")
              .businessKey("eskalasi-" + i).execute();
          if ((i + 1) % Math.max(1, langkah / 10) == 0) {
            Hasil.kemajuan(db.nama + ": " + (i + 1) + " of " + langkah + " steps open ("
                + (int) ((i + 1) / ((System.nanoTime() - t0) / 1e9)) + "/s)");
          }
        }
        return null;
      }));
    }
    for (Future<?> f : hasilKerja) {
      f.get();
    }
    kerja.shutdown();
  }

  private long belumTerkirim() {
    return jdbc.queryForObject("select count(*) from surel_keluar where dikirim_pada is null and gagal = false", Long.class);
  }

  private long jumlah(TingkatEskalasi tingkat) {
    return jdbc.queryForObject("select count(*) from sla_peringatan where tingkat = ?", Long.class, tingkat.name());
  }

  private Map<String, Long> meter() {
    Map<String, Long> m = new LinkedHashMap<>();
    jdbc.query("select name_, coalesce(sum(value_), 0) from act_ru_meter_log group by name_",
        r -> {
          m.put(r.getString(1), r.getLong(2));
        });
    return m;
  }

  /** The mails of a level received (one recipient each here) and their distinct Message-IDs; then emptied. */
  private static int[] surat(GreenMail surel, TingkatEskalasi tingkat) throws Exception {
    String judul = switch (tingkat) {
      case PENGINGAT_BATAS_BAWAH -> "Pengingat batas bawah";
      case PENGINGAT -> "Pengingat jatuh tempo";
      case ATASAN -> "Eskalasi kepada atasan";
      case KEPALA -> "Eskalasi kepada kepala instansi";
    };
    int semua = 0;
    Set<String> id = new HashSet<>();
    for (MimeMessage m : surel.getReceivedMessages()) {
      if (m.getSubject() != null && m.getSubject().startsWith("[Alur SOP] " + judul)) {
        semua++;
        id.add(m.getMessageID());
      }
    }
    surel.purgeEmailFromAllMailboxes();
    return new int[] {semua, id.size()};
  }

  private String jdbcUrl() {
    return ((DriverManagerDataSource) jdbc.getDataSource()).getUrl();
  }

  private static void tulisJam(Path jam, long offset) throws Exception {
    Path sementara = jam.resolveSibling(jam.getFileName() + ".baru");
    Files.writeString(sementara, Long.toString(offset));
    Files.move(sementara, jam, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static double bebanSatuMenit() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  /** NodeBench's class file alone, in a directory of its own (no test classes on the nodes' classpath). */
  private static Path salinNode() throws Exception {
    Path dir = Path.of("target", "bench-node");
    Path berkas = dir.resolve(NodeBench.class.getName().replace('.', '/') + ".class");
    Files.createDirectories(berkas.getParent());
    try (InputStream in = NodeBench.class.getResourceAsStream("NodeBench.class")) {
      Files.copy(in, berkas, StandardCopyOption.REPLACE_EXISTING);
    }
    return dir;
  }
}
