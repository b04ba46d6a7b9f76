package id.alursop.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Metric 2: a user's Tasklist ("Tugas kelompok saya": open tasks of the user's groups, sorted by
 * due date, first page of 50) through REST with 100,000 open instances of all SOPs and agencies;
 * p50 and p95. On PostgreSQL the query's plan is captured with auto_explain and written to
 * {@code bench/plan-daftar-tugas-postgres.txt}. Metric 4, second half: heap used after a full GC
 * with those instances open.
 */
final class DaftarTugas {

  /** The Ketapang head of division: six SOPs, the most open tasks of any demo user. */
  private static final String LOGIN = "kabid.ketapang:demo";

  private final AplikasiBench app;
  private final BasisData db;
  private final Hasil hasil;
  private final int instansi;
  private final int kueri;

  DaftarTugas(AplikasiBench app, BasisData db, Hasil hasil, boolean cepat) {
    this.app = app;
    this.db = db;
    this.hasil = hasil;
    this.instansi = cepat ? 1_000 : 100_000;
    this.kueri = cepat ? 40 : 300;
  }

  void ukur() throws Exception {
    int dibuat = TugasTerbuka.buat(app.engine, instansi, db.nama);
    long tugas = app.engine.getTaskService().createTaskQuery().count();
    hasil.cetak(db.nama, "open_instances", dibuat, "", "all SOPs of the 4 agencies");
    hasil.cetak(db.nama, "open_tasks", tugas, "");
    if (db.postgres()) {
      app.jdbc.execute("analyze");
    }
    String filter = app.engine.getFilterService().createFilterQuery().filterName("Tugas kelompok saya").singleResult()
        .getId();
    String jalur = "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=50";
    String isi = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    ukurPengguna(jalur, isi, LOGIN, "", "kabid.ketapang: a fifth of all open tasks, the worst case");
    ukurPengguna(jalur, isi, "bapperida.bogor:demo", "_bapperida_bogor", "bapperida.bogor: a Kota Bogor group");
    if (db.postgres()) {
      StringBuilder rencana = new StringBuilder();
      rencana.append("# kabid.ketapang (a fifth of all open tasks)\n").append(rencana(jalur, isi, LOGIN));
      rencana.append("\n\n# bapperida.bogor (a Kota Bogor group)\n").append(rencana(jalur, isi, "bapperida.bogor:demo"));
      Files.createDirectories(Path.of("bench"));
      Files.writeString(Path.of("bench", "plan-daftar-tugas-postgres.txt"), rencana.toString());
      Hasil.kemajuan("plans written to bench/plan-daftar-tugas-postgres.txt");
    }
    System.gc();
    hasil.cetak(db.nama, "heap_used_after_gc_with_open_instances",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024), "MiB",
        "benchmark client in the same JVM");
  }

  private void ukurPengguna(String jalur, String isi, String login, String akhiran, String catatan) throws Exception {
    for (int i = 0; i < 30; i++) {
      panggil(jalur, isi, login);
    }
    List<Double> waktu = new ArrayList<>();
    for (int i = 0; i < kueri; i++) {
      long t = System.nanoTime();
      panggil(jalur, isi, login);
      waktu.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(waktu);
    hasil.cetak(db.nama, "tasklist_first_page_p50" + akhiran, waktu.get(waktu.size() / 2), "ms", catatan);
    hasil.cetak(db.nama, "tasklist_first_page_p95" + akhiran, waktu.get((int) Math.ceil(waktu.size() * 0.95) - 1), "ms",
        "goal <= 50 ms");
  }

  private void panggil(String jalur, String isi, String login) throws Exception {
    var jawab = app.http.post(jalur, login, "application/json", isi);
    if (jawab.statusCode() != 200 || !jawab.body().startsWith("[{")) {
      throw new IllegalStateException("task list answered " + jawab.statusCode());
    }
  }

  /**
   * The plan PostgreSQL chose for the task list query of one user's call, from auto_explain's
   * log, and every statement of that call with its duration (the rest of a call's time is not
   * the database's).
   */
  private String rencana(String jalur, String isi, String login) throws Exception {
    Path log = db.logPostgres();
    if (log == null) {
      return "";
    }
    String sebelum = semuaLog(log);
    app.jdbc.execute("alter system set auto_explain.log_min_duration = 0");
    app.jdbc.execute("alter system set auto_explain.log_analyze = on");
    app.jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
    Thread.sleep(300);
    long t = System.nanoTime();
    panggil(jalur, isi, login);
    double ms = (System.nanoTime() - t) / 1e6;
    app.jdbc.execute("alter system set auto_explain.log_min_duration = -1");
    app.jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
    Thread.sleep(300);
    String semua = semuaLog(log);
    String baru = semua.startsWith(sebelum) ? semua.substring(sebelum.length()) : semua;
    StringBuilder daftar = new StringBuilder();
    double jumlah = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("duration: ([0-9.]+) ms\\s+plan:\\s+Query Text: (.*)")
        .matcher(baru);
    int n = 0;
    while (m.find()) {
      if (m.group(2).contains("auto_explain") || m.group(2).contains("pg_reload_conf")) {
        continue;
      }
      n++;
      jumlah += Double.parseDouble(m.group(1));
      daftar.append(String.format("  %8s ms  %s%n", m.group(1), m.group(2).strip()));
    }
    int akhir = baru.lastIndexOf("RES.DUE_DATE_");
    int awal = akhir < 0 ? -1 : baru.lastIndexOf("duration:", akhir);
    int selesai = akhir < 0 ? -1 : baru.indexOf("\n20", akhir); // the next log line
    String plan = awal < 0 ? "(not found)" : baru.substring(awal, selesai < 0 ? baru.length() : selesai);
    return String.format("call %.1f ms; %d statements, %.1f ms in the database:%n%s%nthe task list query:%n%s%n", ms, n,
        jumlah, daftar, plan);
  }

  private static String semuaLog(Path log) throws java.io.IOException {
    try (Stream<Path> berkas = Files.list(log)) {
      return berkas.sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (java.io.IOException e) {
          return "";
        }
      }).reduce("", String::concat);
    }
  }

}
