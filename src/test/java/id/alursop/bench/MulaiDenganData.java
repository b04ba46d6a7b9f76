package id.alursop.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Metric 6, second half: the cold start on a database that already holds a province's load (the
 * open instances of the task-list metric, kept with {@code --pgdata}), Alur SOP against the bare
 * application on the same database, each in a JVM of its own, one at a time, in alternating
 * order: what grows with data (Flyway's validation, the start-up runners' queries, the filters'
 * reconciliation, the engine's own start) shows here.
 */
final class MulaiDenganData {

  private final BasisData db;
  private final Hasil hasil;
  private final int pasangan;

  MulaiDenganData(BasisData db, Hasil hasil, boolean cepat) {
    this.db = db;
    this.hasil = hasil;
    this.pasangan = cepat ? 1 : 3;
  }

  void ukur() throws Exception {
    long beban = angka("select max(instansi) from bench_beban");
    if (beban < 0) {
      Hasil.kemajuan(db.nama + ": no kept load (make one with --metric=tasklist --pgdata=DIR); start with data skipped");
      return;
    }
    hasil.cetak(db.nama, "start_data_open_instances", angka("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null"),
        "", "the kept load of --metric=tasklist (--open=" + beban + ")");
    hasil.cetak(db.nama, "start_data_history_rows", angka("select count(*) from ACT_HI_ACTINST")
        + angka("select count(*) from ACT_HI_TASKINST") + angka("select count(*) from ACT_HI_PROCINST")
        + angka("select count(*) from ACT_HI_VARINST") + angka("select count(*) from ACT_HI_IDENTITYLINK"), "",
        "process, activity, task, variable and identity-link history");
    hasil.cetak(db.nama, "start_data_database_bytes", angka("select pg_database_size(current_database())"), "B", "");
    List<Long> alur = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    List<Double> rasio = new ArrayList<>();
    for (int i = 0; i < pasangan; i++) {
      Hasil.kemajuan(db.nama + ": cold start on the kept load, pair " + (i + 1) + " of " + pasangan);
      long[] ms = RestLawanRest.sepasang(i % 2 == 0, () -> RestLawanRest.mulaiAlur(db, db.url, null),
          () -> RestLawanRest.mulaiBare(db, db.url, null));
      alur.add(ms[0]);
      bare.add(ms[1]);
      rasio.add((double) ms[0] / ms[1]);
    }
    hasil.cetak(db.nama, "cold_start_with_data_alur_ms", RestLawanRest.medianLong(alur), "ms",
        "JVM launch to /actuator/health UP (ready) on the kept load; median of " + pasangan);
    hasil.cetak(db.nama, "cold_start_with_data_bare_ms", RestLawanRest.medianLong(bare), "ms",
        "JVM launch to the first GET /engine-rest/engine answered, the same database");
    hasil.cetak(db.nama, "cold_start_with_data_ratio_alur_to_bare", RestLawanRest.median(rasio), "",
        "goal <= 1.5; median of the pairs' ratios");
  }

  /** A number from the kept database, or -1 when the statement fails (no kept load). */
  private long angka(String sql) {
    try (Connection c = DriverManager.getConnection(db.url, db.pengguna, db.sandi); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() && r.getObject(1) != null ? r.getLong(1) : -1;
    } catch (java.sql.SQLException e) {
      return -1;
    }
  }
}
