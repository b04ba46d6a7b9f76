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
      rencana(jalur, isi);
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

  private void panggil(String jalur, String isi) throws Exception {
    panggil(jalur, isi, LOGIN);
  }

  private void panggil(String jalur, String isi, String login) throws Exception {
    var jawab = app.http.post(jalur, login, "application/json", isi);
    if (jawab.statusCode() != 200 || !jawab.body().startsWith("[{")) {
      throw new IllegalStateException("task list answered " + jawab.statusCode());
    }
  }

  /** The plan PostgreSQL chose for the task list query, from auto_explain's log. */
  private void rencana(String jalur, String isi) throws Exception {
    app.jdbc.execute("alter system set auto_explain.log_min_duration = 0");
    app.jdbc.execute("alter system set auto_explain.log_analyze = on");
    app.jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
    Thread.sleep(300);
    panggil(jalur, isi);
    app.jdbc.execute("alter system set auto_explain.log_min_duration = -1");
    app.jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
    Path log = db.logPostgres();
    if (log == null) {
      return;
    }
    String semua;
    try (Stream<Path> berkas = Files.list(log)) {
      semua = berkas.sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (java.io.IOException e) {
          return "";
        }
      }).reduce("", String::concat);
    }
    int akhir = semua.lastIndexOf("RES.DUE_DATE_");
    int awal = akhir < 0 ? -1 : semua.lastIndexOf("duration:", akhir);
    if (awal >= 0) {
      int selesai = semua.indexOf("\n20", akhir); // the next log line
      String plan = semua.substring(awal, selesai < 0 ? semua.length() : selesai);
      Files.createDirectories(Path.of("bench"));
      Files.writeString(Path.of("bench", "plan-daftar-tugas-postgres.txt"), plan);
      Hasil.kemajuan("plan written to bench/plan-daftar-tugas-postgres.txt");
    }
  }
}
