package id.alursop.bench;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Cost on disk per completed instance of the seven-step process (runtime and history tables, bytes
 * as the database reports them), and what history cleanup leaves once the process's
 * {@code historyTimeToLive} (1 day for this process, 1825 days for the SOP models) has passed.
 */
final class BiayaDisk {

  private final AplikasiBench app;
  private final BasisData db;
  private final Hasil hasil;
  private final int instans;

  BiayaDisk(AplikasiBench app, BasisData db, Hasil hasil, boolean cepat) {
    this.app = app;
    this.db = db;
    this.hasil = hasil;
    this.instans = cepat ? 100 : 2_000;
  }

  void ukur() throws Exception {
    long ru0 = bytes("ACT_RU_");
    long hi0 = bytes("ACT_HI_");
    long baris0 = barisRiwayat();
    Hasil.kemajuan(db.nama + ": completing " + instans + " instances for the disk cost");
    Map<String, Object> isian = Map.of("hasil", "Selesai", "jumlah", 5L);
    for (int i = 0; i < instans; i++) {
      String id = app.engine.getRuntimeService().createProcessInstanceByKey(ModelBench.PROSES)
          .processDefinitionTenantId("bogor").businessKey("disk-" + i).execute().getId();
      for (int step = 0; step < 7; step++) {
        Task task = app.engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        app.engine.getTaskService().complete(task.getId(), isian);
      }
    }
    long ru1 = bytes("ACT_RU_");
    long hi1 = bytes("ACT_HI_");
    long baris1 = barisRiwayat();
    hasil.cetak(db.nama, "disk_runtime_bytes_per_completed_instance", (ru1 - ru0) / instans, "B",
        "7 steps, 2 variables");
    hasil.cetak(db.nama, "disk_history_bytes_per_completed_instance", (hi1 - hi0) / instans, "B");
    hasil.cetak(db.nama, "history_rows_per_completed_instance", (baris1 - baris0) / (double) instans, "");
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 2L * 24 * 3600 * 1000));
    try {
      long instansRiwayat = app.engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(ModelBench.PROSES).count();
      long barisAwal = barisRiwayat();
      long t0 = System.nanoTime();
      app.engine.getHistoryService().cleanUpHistoryAsync(true);
      long sisa = Long.MAX_VALUE;
      long barisSebelumnya = -1;
      long baris = barisRiwayat();
      // the cleanup job runs again while it finds work: wait until no history row goes any more
      while (System.nanoTime() - t0 < 10L * 60 * 1_000_000_000 && (sisa > 0 || baris != barisSebelumnya)) {
        Thread.sleep(1000);
        sisa = app.engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(ModelBench.PROSES).count();
        barisSebelumnya = baris;
        baris = barisRiwayat();
      }
      hasil.cetak(db.nama, "history_cleanup_seconds", (System.nanoTime() - t0) / 1e9, "s",
          "all completed instances past their time to live");
      hasil.cetak(db.nama, "history_instances_removed_by_cleanup", instansRiwayat - sisa, "",
          "every completed instance of the process; " + sisa + " left");
      hasil.cetak(db.nama, "history_rows_removed_per_instance", (barisAwal - baris) / (double) instansRiwayat, "");
      if (db.postgres()) {
        app.jdbc.execute("vacuum full");
        hasil.cetak(db.nama, "disk_history_bytes_after_cleanup_and_vacuum_full", bytes("ACT_HI_"), "B",
            "all history tables; " + hi1 + " B before");
      }
    } finally {
      ClockUtil.reset();
    }
  }

  private long bytes(String awalan) {
    return app.jdbc.queryForObject(db.sqlUkuran(awalan), Long.class);
  }

  private long barisRiwayat() {
    long jumlah = 0;
    for (String tabel : new String[] {"ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
        "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_HI_OP_LOG"}) {
      jumlah += app.jdbc.queryForObject("select count(*) from " + tabel, Long.class);
    }
    return jumlah;
  }
}
