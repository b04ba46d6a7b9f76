package id.alursop.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Metric 2: a user's Tasklist through REST with 100,000 open instances of all SOPs and agencies,
 * a quarter of their steps overdue and some assigned to the Kabid: the first page of 50 of
 * "Tugas kelompok saya" (open tasks of the user's groups, sorted by due date) and of "Terlambat"
 * (the user's own and the user's groups' overdue tasks), the counts Tasklist polls for every filter
 * the user sees (one call, {@code GET /filter?itemCount=true}), and a supervisor's "Terlambat di
 * instansi saya" (every overdue step of the agency); p50 and p95. The counts are checked against
 * Camunda's own checked task query. On PostgreSQL the group list's plan is captured with
 * auto_explain and written to {@code bench/plan-daftar-tugas-postgres.txt}. Metric 4, second half:
 * heap used after a full GC with those instances open.
 */
final class DaftarTugas {

  /** The Ketapang head of division: six SOPs, the most open tasks of any demo user. */
  private static final String LOGIN = "kabid.ketapang:demo";
  private static final String BAPPERIDA = "bapperida.bogor:demo";
  private static final String PENGAWAS = "pengawas.ketapang:demo";
  /** The body Tasklist 7.24 sends (its default sorting, by creation, comes after the filter's own, by due date). */
  private static final String TASKLIST = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  private static final String URUT = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";

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
    hasil.cetak(db.nama, "open_tasks_overdue", terlambatkan(), "", "every fourth step, due 30 days ago");
    hasil.cetak(db.nama, "open_tasks_assigned_to_kabid_ketapang", klaim(), "",
        "every 50th Ketapang step, whatever its group (claimed or reassigned)");
    if (db.postgres()) {
      app.jdbc.execute("analyze");
    }
    String filter = filter("Tugas kelompok saya");
    String terlambat = filter("Terlambat");
    String instansiSaya = filter("Terlambat di instansi saya");
    String jalur = halaman(filter);
    ukurPengguna("tasklist_first_page", jalur, URUT, LOGIN, "",
        "kabid.ketapang: a fifth of all open tasks, the worst case");
    ukurPengguna("tasklist_first_page", jalur, URUT, BAPPERIDA, "_bapperida_bogor", "bapperida.bogor: a Kota Bogor group");
    for (String[] pengguna : List.of(new String[] {LOGIN, "", "kabid.ketapang"},
        new String[] {BAPPERIDA, "_bapperida_bogor", "bapperida.bogor"})) {
      ukurPengguna("tasklist_poll_kelompok", panggilan(filter), TASKLIST, pengguna[0], pengguna[1],
          pengguna[2] + ": Tugas kelompok saya as Tasklist asks for it every 10 s (page of 15, count, kasus)");
      ukurPengguna("tasklist_poll_terlambat", panggilan(terlambat), TASKLIST, pengguna[0], pengguna[1],
          pengguna[2] + ": Terlambat, the same call");
    }
    ukurPengguna("tasklist_poll_terlambat_instansi", panggilan(instansiSaya), TASKLIST, PENGAWAS, "",
        "pengawas.ketapang: Terlambat di instansi saya, the same call (Camunda's checked query)");
    periksaJumlah(terlambat, instansiSaya);
    if (db.postgres()) {
      StringBuilder rencana = new StringBuilder();
      rencana.append("# kabid.ketapang (a fifth of all open tasks): first page of Tugas kelompok saya\n")
          .append(rencana(jalur, URUT, LOGIN));
      rencana.append("\n\n# bapperida.bogor (a Kota Bogor group): the same\n").append(rencana(jalur, URUT, BAPPERIDA));
      rencana.append("\n\n# kabid.ketapang: Tugas kelompok saya as Tasklist asks for it (page of 15 and count)\n")
          .append(rencana(panggilan(filter), TASKLIST, LOGIN));
      rencana.append("\n\n# kabid.ketapang: Terlambat as Tasklist asks for it\n")
          .append(rencana(panggilan(terlambat), TASKLIST, LOGIN));
      rencana.append("\n\n# pengawas.ketapang: Terlambat di instansi saya as Tasklist asks for it\n")
          .append(rencana(panggilan(instansiSaya), TASKLIST, PENGAWAS));
      Files.createDirectories(Path.of("bench"));
      Files.writeString(Path.of("bench", "plan-daftar-tugas-postgres.txt"), rencana.toString());
      Hasil.kemajuan("plans written to bench/plan-daftar-tugas-postgres.txt");
    }
    System.gc();
    hasil.cetak(db.nama, "heap_used_after_gc_with_open_instances",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024), "MiB",
        "benchmark client in the same JVM");
  }

  private String filter(String nama) {
    return app.engine.getFilterService().createFilterQuery().filterName(nama).singleResult().getId();
  }

  /** Tasklist's call for a filter's task list: a page of 15 with its count and the filter's variables (HAL). */
  private static String panggilan(String filter) {
    return "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15";
  }

  private static String halaman(String filter) {
    return "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=50";
  }

  /** Every fourth open step due 30 days ago (the steps were made now, due in the future); returns how many. */
  private int terlambatkan() {
    List<Object[]> baris = new ArrayList<>();
    List<Map<String, Object>> semua = app.jdbc.queryForList("select ID_, DUE_DATE_ from ACT_RU_TASK order by ID_");
    for (int i = 0; i < semua.size(); i += 4) {
      Object due = semua.get(i).get("DUE_DATE_");
      long waktu = due instanceof java.util.Date d ? d.getTime() : System.currentTimeMillis();
      baris.add(new Object[] {new java.sql.Timestamp(waktu - 30L * 86_400_000L), semua.get(i).get("ID_")});
    }
    app.jdbc.batchUpdate("update ACT_RU_TASK set DUE_DATE_ = ? where ID_ = ?", baris);
    return baris.size();
  }

  /** Every 50th Ketapang step assigned to kabid.ketapang through the engine (so with its authorization row). */
  private int klaim() {
    List<String> ketapang = app.jdbc.queryForList(
        "select ID_ from ACT_RU_TASK where TENANT_ID_ = 'ketapang' order by ID_", String.class);
    int n = 0;
    for (int i = 0; i < ketapang.size(); i += 50) {
      app.engine.getTaskService().setAssignee(ketapang.get(i), "kabid.ketapang");
      n++;
    }
    return n;
  }

  /** The filters' counts (without the authorization join for Terlambat) equal Camunda's checked task query's. */
  private void periksaJumlah(String terlambat, String instansiSaya) throws Exception {
    for (String[] kasus : List.of(new String[] {LOGIN, "kabid.ketapang", "ketapang-kabid", terlambat},
        new String[] {BAPPERIDA, "bapperida.bogor", "bogor-bapperida", terlambat})) {
      String sekarang = java.time.OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
          .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
      long filterJumlah = jumlah(app.http.get("/engine-rest/filter/" + kasus[3] + "/count", kasus[0]).body());
      String isi = "{\"orQueries\":[{\"assignee\":\"" + kasus[1] + "\",\"candidateGroups\":[\"" + kasus[2]
          + "\"],\"includeAssignedTasks\":true}],\"dueBefore\":\"" + sekarang + "\"}";
      long t = System.nanoTime();
      long diperiksa = jumlah(app.http.post("/engine-rest/task/count", kasus[0], "application/json", isi).body());
      double ms = (System.nanoTime() - t) / 1e6;
      if (filterJumlah != diperiksa) {
        throw new IllegalStateException("Terlambat of " + kasus[1] + ": the filter counts " + filterJumlah
            + ", Camunda's checked query " + diperiksa);
      }
      hasil.cetak(db.nama, "tasklist_terlambat_count_" + kasus[1].replace('.', '_'), filterJumlah, "",
          String.format(java.util.Locale.ROOT, "equal to Camunda's checked query (which took %.0f ms)", ms));
    }
    long instansiJumlah = jumlah(app.http.get("/engine-rest/filter/" + instansiSaya + "/count", PENGAWAS).body());
    long harapan = app.engine.getTaskService().createTaskQuery().tenantIdIn("ketapang").dueBefore(new java.util.Date())
        .count();
    if (instansiJumlah != harapan) {
      throw new IllegalStateException("Terlambat di instansi saya counts " + instansiJumlah + ", Ketapang has " + harapan);
    }
    hasil.cetak(db.nama, "tasklist_terlambat_instansi_count_pengawas_ketapang", instansiJumlah, "",
        "every overdue step of Ketapang");
  }

  private static long jumlah(String json) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"count\"\\s*:\\s*(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no count in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  private void ukurPengguna(String metrik, String jalur, String isi, String login, String akhiran, String catatan)
      throws Exception {
    long t0 = System.nanoTime();
    panggil(jalur, isi, login);
    boolean lambat = System.nanoTime() - t0 > 500_000_000L; // a slow query: fewer rounds
    for (int i = 0; i < (lambat ? 3 : 30); i++) {
      panggil(jalur, isi, login);
    }
    List<Double> waktu = new ArrayList<>();
    for (int i = 0; i < (lambat ? Math.min(kueri, 20) : kueri); i++) {
      long t = System.nanoTime();
      panggil(jalur, isi, login);
      waktu.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(waktu);
    hasil.cetak(db.nama, metrik + "_p50" + akhiran, waktu.get(waktu.size() / 2), "ms", catatan);
    hasil.cetak(db.nama, metrik + "_p95" + akhiran, waktu.get((int) Math.ceil(waktu.size() * 0.95) - 1), "ms",
        "goal <= 50 ms");
  }

  private void panggil(String jalur, String isi, String login) throws Exception {
    boolean hal = TASKLIST.equals(isi);
    var jawab = app.http.send(app.http.request(jalur, login).header("Content-Type", "application/json")
        .header("Accept", hal ? "application/hal+json, application/json; q=0.5" : "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(isi)).build());
    if (jawab.statusCode() != 200 || !(hal ? jawab.body().contains("\"count\":") && jawab.body().contains("\"task\":[{")
        : jawab.body().startsWith("[{"))) {
      throw new IllegalStateException(jalur + " answered " + jawab.statusCode() + ": "
          + jawab.body().substring(0, Math.min(200, jawab.body().length())));
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
    // every task query of the call (page and count), its text without blank lines, then its plan
    StringBuilder tugas = new StringBuilder();
    for (String entri : baru.split("\n(?=\\d{4}-\\d{2}-\\d{2} )")) {
      if (entri.contains("plan:") && entri.contains("ACT_RU_TASK RES")) {
        entri.lines().filter(baris -> !baris.isBlank()).forEach(baris -> tugas.append(baris).append('\n'));
        tugas.append('\n');
      }
    }
    return String.format("call %.1f ms; %d statements, %.1f ms in the database:%n%s%nits task queries:%n%s", ms, n,
        jumlah, daftar, tugas.length() == 0 ? "(not found)\n" : tugas);
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
