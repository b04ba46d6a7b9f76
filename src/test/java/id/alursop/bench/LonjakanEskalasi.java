package id.alursop.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Metric 3: 10,000 steps falling due in the same minute. The instances are started with the
 * engine clock at one moment (a Monday at 08:00 WIB, weeks ahead), so every first step has the
 * same working-time due date; then the clock is moved to that due date and the running job
 * executor fires the first level (a reminder to the group) of each. Measured: time from due until
 * every reminder is recorded, and the count of reminders, which must equal the number of steps.
 */
final class LonjakanEskalasi {

  private final AplikasiBench app;
  private final BasisData db;
  private final Hasil hasil;
  private final int langkah;

  LonjakanEskalasi(AplikasiBench app, BasisData db, Hasil hasil, boolean cepat) {
    this.app = app;
    this.db = db;
    this.hasil = hasil;
    this.langkah = cepat ? 200 : 10_000;
  }

  void ukur() throws Exception {
    ZoneId wib = ZoneId.of("Asia/Jakarta");
    LocalDate senin = LocalDate.now(wib).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    Date mulai = Date.from(senin.atTime(LocalTime.of(8, 0)).atZone(wib).toInstant());
    String jumlahAwal = "select count(*) from sla_peringatan where tingkat = 'PENGINGAT'";
    long sebelum = app.jdbc.queryForObject(jumlahAwal, Long.class);
    ClockUtil.setCurrentTime(mulai);
    try {
      buatInstans();
      Task satu = app.engine.getTaskService().createTaskQuery().processDefinitionKey(ModelBench.PROSES)
          .processInstanceBusinessKeyLike("lonjakan-%").listPage(0, 1).get(0);
      Date jatuhTempo = satu.getDueDate();
      long berbeda = app.engine.getTaskService().createTaskQuery().processDefinitionKey(ModelBench.PROSES)
          .processInstanceBusinessKeyLike("lonjakan-%").dueBefore(jatuhTempo).count()
          + app.engine.getTaskService().createTaskQuery().processDefinitionKey(ModelBench.PROSES)
          .processInstanceBusinessKeyLike("lonjakan-%").dueAfter(jatuhTempo).count();
      if (berbeda != 0) {
        throw new IllegalStateException(berbeda + " steps have another due date");
      }
      Hasil.kemajuan(db.nama + ": " + langkah + " steps due at " + jatuhTempo.toInstant() + "; moving the clock there");
      ClockUtil.setCurrentTime(jatuhTempo);
      long t0 = System.nanoTime();
      long tercatat = 0;
      long batas = t0 + 15L * 60 * 1_000_000_000;
      while (tercatat < langkah && System.nanoTime() < batas) {
        Thread.sleep(100);
        ClockUtil.setCurrentTime(new Date(jatuhTempo.getTime() + (System.nanoTime() - t0) / 1_000_000));
        tercatat = app.jdbc.queryForObject(jumlahAwal, Long.class) - sebelum;
      }
      double detik = (System.nanoTime() - t0) / 1e9;
      Thread.sleep(3000);
      tercatat = app.jdbc.queryForObject(jumlahAwal, Long.class) - sebelum;
      hasil.cetak(db.nama, "escalation_burst_steps", langkah, "", "first steps due in the same minute");
      hasil.cetak(db.nama, "escalation_burst_seconds_until_all_reminded", detik, "s", "goal <= 60 s");
      hasil.cetak(db.nama, "escalation_burst_reminders_recorded", tercatat, "", "must equal the steps");
      hasil.cetak(db.nama, "escalation_burst_reminders_per_second", langkah / detik, "1/s");
    } finally {
      ClockUtil.reset();
    }
  }

  private void buatInstans() throws Exception {
    AtomicInteger giliran = new AtomicInteger();
    ExecutorService kerja = Executors.newFixedThreadPool(2);
    List<Future<?>> hasilKerja = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      hasilKerja.add(kerja.submit(() -> {
        for (int i = giliran.getAndIncrement(); i < langkah; i = giliran.getAndIncrement()) {
          app.engine.getRuntimeService().createProcessInstanceByKey(ModelBench.PROSES).processDefinitionTenantId("bogor")
              .businessKey("lonjakan-" + i).execute();
          if ((i + 1) % Math.max(1, langkah / 5) == 0) {
            Hasil.kemajuan(db.nama + ": " + (i + 1) + " of " + langkah + " steps open");
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
}
