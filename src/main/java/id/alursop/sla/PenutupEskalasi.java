package id.alursop.sla;

import id.alursop.kalender.KalenderInstansi;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A step done: its working time measured, its pending level removed, its alerts closed and its
 * follow-up processes ({@code sla-eskalasi}) ended.
 */
@Component
public class PenutupEskalasi {

  public static final String PESAN_LANGKAH_SELESAI = "LangkahSopSelesai";

  private final KalenderInstansi kalender;
  private final PenjadwalEskalasi penjadwal;
  private final PeringatanSlaRepository peringatan;
  private final RuntimeService runtime;
  private final MeterRegistry meters;

  public PenutupEskalasi(KalenderInstansi kalender, PenjadwalEskalasi penjadwal, PeringatanSlaRepository peringatan,
      RuntimeService runtime, MeterRegistry meters) {
    this.kalender = kalender;
    this.penjadwal = penjadwal;
    this.peringatan = peringatan;
    this.runtime = runtime;
    this.meters = meters;
  }

  /** Task completed: its working time and whether it was on time, per process and step. */
  public void catatSelesai(DelegateTask task, String langkah) {
    ExecutionEntity execution = ((TaskEntity) task).getExecution();
    String key = execution.getProcessDefinition().getKey();
    Instant selesai = ClockUtil.getCurrentTime().toInstant();
    boolean terlambat = task.getDueDate() != null && selesai.isAfter(task.getDueDate().toInstant());
    Duration lama = kalender.untuk(kalender.instansi(key, execution.getTenantId()))
        .waktuKerja(task.getCreateTime().toInstant(), selesai);
    meters.timer("alur.sla.langkah", "proses", key, "langkah", String.valueOf(langkah), "status",
        terlambat ? "terlambat" : "tepat_waktu").record(lama);
    if (terlambat) {
      meters.counter("alur.sla.terlambat", "proses", key, "langkah", String.valueOf(langkah)).increment();
    }
    akhiri(task);
  }

  /** Task completed or deleted: pending levels removed, alerts closed, follow-ups ended. */
  public void akhiri(DelegateTask task) {
    boolean mungkinAdaPeringatan = penjadwal.batalkan(task);
    // a follow-up process exists only for a step that raised an alert (it records one as it starts)
    if (mungkinAdaPeringatan && peringatan.tandaiSelesai(task.getId()) > 0) {
      runtime.createMessageCorrelation(PESAN_LANGKAH_SELESAI).processInstanceBusinessKey(task.getId()).correlateAll();
    }
  }
}
