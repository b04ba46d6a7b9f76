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
 * Metric 2: a user's Tasklist through REST with 100,000 open instances ({@code --open=N}; beyond
 * 100,000 on PostgreSQL the rest are copies, {@link SalinanInstansi}) of all SOPs and agencies,
 * a quarter of their steps overdue and some assigned to the Kabid: the first page of 50 of
 * "Tugas kelompok saya" (open tasks of the user's groups, sorted by due date) and of "Terlambat"
 * (the user's own and the user's groups' overdue tasks), what Tasklist 7.24 asks on opening a filter
 * ({@link #ukurBuka}: the filter list without counts, then the page with its count), and a supervisor's "Terlambat di
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

  /** Beyond this many open instances, PostgreSQL copies those the engine made. */
  private static final int MAKS_LEWAT_ENGINE = 100_000;

  private final AplikasiBench app;
  private final BasisData db;
  private final Hasil hasil;
  private final int instansi;
  private final int kueri;

  DaftarTugas(AplikasiBench app, BasisData db, Hasil hasil, boolean cepat, int instansi) {
    this.app = app;
    this.db = db;
    this.hasil = hasil;
    this.instansi = instansi;
    this.kueri = cepat ? 40 : 300;
  }

  void ukur() throws Exception {
    Integer beban = bebanTersimpan();
    if (beban != null && beban == instansi) {
      Hasil.kemajuan(db.nama + ": the load of " + beban + " open instances is kept from an earlier run (--pgdata)");
    } else if (beban != null) {
      throw new IllegalStateException("the kept database holds a load of " + beban + " open instances, not " + instansi
          + ": use another --pgdata directory");
    } else {
      // beyond 100,000 the engine makes 100,000 (or what an interrupted run left) and SQL copies
      // them: on two cores the engine makes a few hundred a second
      int lewatEngine = db.postgres() ? Math.min(instansi, MAKS_LEWAT_ENGINE) : instansi;
      long ada = jumlahInstansi();
      if (ada < lewatEngine) {
        TugasTerbuka.buat(app.engine, (int) (lewatEngine - ada), db.nama);
      }
      long dibuat = jumlahInstansi();
      hasil.cetak(db.nama, "open_instances_made", dibuat, "", "all SOPs of the 4 agencies, through the engine");
      // once per load: an interrupted run of a kept database may have done them already
      if (app.engine.getTaskService().createTaskQuery().dueBefore(new java.util.Date()).count() == 0) {
        terlambatkan();
      }
      if (app.engine.getTaskService().createTaskQuery().taskAssignee("kabid.ketapang").count() == 0) {
        klaim();
      }
      if (dibuat < instansi) {
        SalinanInstansi.salin(app.jdbc, dibuat, instansi);
        hasil.cetak(db.nama, "open_instances_copied", jumlahInstansi() - dibuat, "",
            "copies of those, every runtime row under new ids (no escalation job, no history)");
      }
      app.jdbc.execute("create table bench_beban (instansi int not null)");
      app.jdbc.update("insert into bench_beban values (?)", instansi);
    }
    hasil.cetak(db.nama, "open_instances", app.engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("bench-%").count(), "", "all SOPs of the 4 agencies");
    hasil.cetak(db.nama, "open_tasks", app.engine.getTaskService().createTaskQuery().count(), "");
    hasil.cetak(db.nama, "open_tasks_overdue", app.engine.getTaskService().createTaskQuery().dueBefore(new java.util.Date())
        .count(), "", "every fourth step, due 30 days ago");
    hasil.cetak(db.nama, "open_tasks_assigned_to_kabid_ketapang", app.engine.getTaskService().createTaskQuery()
        .taskAssignee("kabid.ketapang").count(), "", "every 50th Ketapang step, whatever its group (claimed or reassigned)");
    hasil.cetak(db.nama, "open_tasks_of_kabid_ketapang_group", app.engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("ketapang-kabid").includeAssignedTasks().count(), "", "the busiest group");
    if (db.postgres()) {
      app.jdbc.execute("analyze");
    }
    String filter = filter("Tugas kelompok saya");
    String terlambat = filter("Terlambat");
    String instansiSaya = filter("Terlambat di instansi saya");
    String jalur = halaman(filter);
    for (String[] pengguna : List.of(new String[] {LOGIN, "", "kabid.ketapang"},
        new String[] {BAPPERIDA, "_bapperida_bogor", "bapperida.bogor"})) {
      ukurBuka(filter, pengguna[0], pengguna[1], pengguna[2]);
    }
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
    periksaJumlah(filter, terlambat, instansiSaya);
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
      // a province-scale run keeps its plans beside the results; a smaller one in target/
      Path berkas = instansi < 100_000 ? Path.of("target", "plan-daftar-tugas-postgres.txt")
          : Path.of("bench", instansi == 100_000 ? "plan-daftar-tugas-postgres.txt"
              : "plan-daftar-tugas-postgres-" + instansi + ".txt");
      Files.createDirectories(berkas.getParent());
      Files.writeString(berkas, rencana.toString());
      Hasil.kemajuan("plans written to " + berkas);
    }
    System.gc();
    hasil.cetak(db.nama, "heap_used_after_gc_with_open_instances",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024), "MiB",
        "benchmark client in the same JVM");
  }

  /** The open instances the engine made for this metric (business key bench-...), copies included. */
  private long jumlahInstansi() {
    return app.jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null"
        + " and BUSINESS_KEY_ like 'bench-%'", Long.class);
  }

  /** The load an earlier run left in a kept database (--pgdata), or null. */
  private Integer bebanTersimpan() {
    try {
      return app.jdbc.queryForObject("select max(instansi) from bench_beban", Integer.class);
    } catch (org.springframework.dao.DataAccessException e) {
      return null;
    }
  }

  /**
   * What Tasklist 7.24 asks when a clerk opens it on a filter (and every 10 s after): the number
   * of filters and the filters (without their counts: {@code itemCount=false}), then the filter's
   * first page of 15 with its count and each task's variable {@code kasus} (the count shown
   * beside the focused filter comes from this call). Timed one by one and together, in that
   * order, as the page waits for them.
   */
  private void ukurBuka(String filter, String login, String akhiran, String siapa) throws Exception {
    String[] jalur = {"/engine-rest/filter/count?itemCount=false&resourceType=Task",
        "/engine-rest/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task", panggilan(filter)};
    String[] nama = {"filter_count", "filter_list", "page_with_count"};
    List<List<Double>> waktu = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    int putaran = kueri;
    for (int i = -10; i < putaran; i++) {
      double jumlah = 0;
      for (int k = 0; k < 3; k++) {
        long t = System.nanoTime();
        if (k < 2) {
          var jawab = app.http.get(jalur[k], login);
          if (jawab.statusCode() != 200 || !jawab.body().contains(k == 0 ? "\"count\"" : "Tugas kelompok saya")) {
            throw new IllegalStateException(jalur[k] + " answered " + jawab.statusCode());
          }
        } else {
          panggil(jalur[k], TASKLIST, login);
        }
        double ms = (System.nanoTime() - t) / 1e6;
        jumlah += ms;
        if (i >= 0) {
          waktu.get(k).add(ms);
        }
        if (i == 0 && k == 2 && jumlah > 2_000) {
          putaran = Math.min(putaran, 20); // a slow call: fewer rounds
        }
      }
      if (i >= 0) {
        waktu.get(3).add(jumlah);
      }
    }
    for (int k = 0; k < 4; k++) {
      List<Double> w = waktu.get(k);
      Collections.sort(w);
      String metrik = "tasklist_open_" + (k < 3 ? nama[k] : "all_calls");
      hasil.cetak(db.nama, metrik + "_p50" + akhiran, w.get(w.size() / 2), "ms", siapa + (k < 3 ? ": " + jalur[k]
          .replaceAll("/engine-rest/filter/[0-9a-f-]{36}/", "/engine-rest/filter/{Tugas kelompok saya}/")
          : ": the three calls in turn, as Tasklist shows Tugas kelompok saya"));
      hasil.cetak(db.nama, metrik + "_p95" + akhiran, w.get((int) Math.ceil(w.size() * 0.95) - 1), "ms",
          "goal <= 200 ms");
    }
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

  /** Every fourth open step (by id) due 30 days ago (the steps were made now, due in the future). */
  private void terlambatkan() {
    String mundur = db.postgres() ? "coalesce(DUE_DATE_, current_timestamp) - interval '30 days'"
        : "dateadd('DAY', -30, coalesce(DUE_DATE_, current_timestamp))";
    app.jdbc.update("update ACT_RU_TASK set DUE_DATE_ = " + mundur + " where ID_ in (select ID_ from (select ID_,"
        + " row_number() over (order by ID_) as NOMOR from ACT_RU_TASK) T where mod(NOMOR - 1, 4) = 0)");
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

  /**
   * The filters' counts equal plain SQL's count of the same tasks and, up to 100,000 open
   * instances (beyond, it takes minutes), Camunda's checked task query's for Terlambat.
   */
  private void periksaJumlah(String kelompok, String terlambat, String instansiSaya) throws Exception {
    for (String[] kasus : List.of(new String[] {LOGIN, "kabid.ketapang", "ketapang-kabid", "ketapang"},
        new String[] {BAPPERIDA, "bapperida.bogor", "bogor-bapperida", "bogor"})) {
      String milik = "from ACT_RU_TASK RES where (RES.TENANT_ID_ is null or RES.TENANT_ID_ = ?) and (%s exists (select 1"
          + " from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ = ?))";
      long sqlKelompok = app.jdbc.queryForObject("select count(*) " + String.format(milik, ""), Long.class, kasus[3],
          kasus[2]);
      long sqlTerlambat = app.jdbc.queryForObject("select count(*) " + String.format(milik, "RES.ASSIGNEE_ = ? or")
          + " and RES.DUE_DATE_ < ?", Long.class, kasus[3], kasus[1], kasus[2], new java.sql.Timestamp(
              System.currentTimeMillis()));
      long[] filterJumlah = {jumlah(app.http.get("/engine-rest/filter/" + kelompok + "/count", kasus[0]).body()),
          jumlah(app.http.get("/engine-rest/filter/" + terlambat + "/count", kasus[0]).body())};
      if (filterJumlah[0] != sqlKelompok || filterJumlah[1] != sqlTerlambat) {
        throw new IllegalStateException(kasus[1] + ": Tugas kelompok saya and Terlambat count " + filterJumlah[0] + " and "
            + filterJumlah[1] + ", SQL " + sqlKelompok + " and " + sqlTerlambat);
      }
      hasil.cetak(db.nama, "tasklist_kelompok_count_" + kasus[1].replace('.', '_'), sqlKelompok, "",
          "Tugas kelompok saya: equal to SQL's count");
      if (instansi > 100_000) {
        hasil.cetak(db.nama, "tasklist_terlambat_count_" + kasus[1].replace('.', '_'), sqlTerlambat, "",
            "equal to SQL's count");
        continue;
      }
      String sekarang = java.time.OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
          .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
      long terlambatJumlah = filterJumlah[1];
      String isi = "{\"orQueries\":[{\"assignee\":\"" + kasus[1] + "\",\"candidateGroups\":[\"" + kasus[2]
          + "\"],\"includeAssignedTasks\":true}],\"dueBefore\":\"" + sekarang + "\"}";
      long t = System.nanoTime();
      long diperiksa = jumlah(app.http.post("/engine-rest/task/count", kasus[0], "application/json", isi).body());
      double ms = (System.nanoTime() - t) / 1e6;
      if (terlambatJumlah != diperiksa) {
        throw new IllegalStateException("Terlambat of " + kasus[1] + ": the filter counts " + terlambatJumlah
            + ", Camunda's checked query " + diperiksa);
      }
      hasil.cetak(db.nama, "tasklist_terlambat_count_" + kasus[1].replace('.', '_'), terlambatJumlah, "",
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
