package id.alursop.sla;

import id.alursop.kalender.KalenderInstansi;
import id.alursop.sla.EskalasiJobHandler.Konfigurasi;
import id.alursop.sla.EskalasiJobHandler.Lanjutan;
import id.alursop.sop.SopLangkah;
import id.alursop.sop.StandarWaktu;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The pending escalation job of a step: one engine job for its next level, carrying the levels
 * after it. Created with the step, moved on as each level fires, shifted by an extension,
 * removed when the step ends.
 */
@Component
public class PenjadwalEskalasi {

  private final KalenderInstansi kalender;
  private final PeringatanSlaRepository peringatan;

  public PenjadwalEskalasi(KalenderInstansi kalender, PeringatanSlaRepository peringatan) {
    this.kalender = kalender;
    this.peringatan = peringatan;
  }

  /**
   * Task created: its levels at their working-time moments, as one engine job for the first level
   * that carries the others (each level, when it fires, schedules the next).
   *
   * @param standar the step's standard, resolved (a duration or a cycle)
   */
  public void jadwalkan(DelegateTask task, StandarWaktu standar) {
    TaskEntity entity = (TaskEntity) task;
    jadwalkanRantai(entity, JadwalEskalasi.hitung(kalender.untuk(entity.getExecution()),
        ClockUtil.getCurrentTime().toInstant(), standar));
  }

  /**
   * A part of a step on its step's clock ({@link JamLangkah}) created: the step's due date and its
   * levels at the moments they fall for the step (counted from its first part), a level already past
   * falling at once.
   */
  public void jadwalkan(DelegateTask task, JamLangkah.Jam jam) {
    TaskEntity entity = (TaskEntity) task;
    Map<TingkatEskalasi, Instant> jadwal = JadwalEskalasi.hitung(kalender.untuk(entity.getExecution()), jam.mulai(),
        jam.standar());
    entity.setDueDate(Date.from(jadwal.get(TingkatEskalasi.PENGINGAT)));
    jadwalkanRantai(entity, jadwal);
  }

  /** A level fired: the job for the next one, carrying the rest. */
  public void lanjutkan(TaskEntity task, List<Lanjutan> berikut) {
    if (task.getExecution() != null) {
      jadwalkanRantai(task, berikut);
    }
  }

  /**
   * A justified extension to {@code jatuhTempo}: the levels not raised yet move, the reminder to
   * the new due date, supervisor and head as far later as the due date moved ({@code geser}).
   */
  public void perpanjang(TaskEntity task, Instant jatuhTempo, Duration geser) {
    Map<TingkatEskalasi, Instant> belum = new EnumMap<>(TingkatEskalasi.class);
    for (JobEntity job : jobTugas(task.getExecution(), task.getId())) {
      Konfigurasi tertunda = Konfigurasi.dari(job.getJobHandlerConfigurationRaw());
      belum.put(tertunda.tingkat(), job.getDuedate().toInstant());
      tertunda.berikut().forEach(l -> belum.put(l.tingkat(), l.saat()));
      job.delete();
    }
    if (!peringatan.existsByTaskIdAndTingkat(task.getId(), TingkatEskalasi.PENGINGAT)) {
      belum.put(TingkatEskalasi.PENGINGAT, jatuhTempo);
    }
    belum.replaceAll((t, saat) -> switch (t) {
      case PENGINGAT -> jatuhTempo;
      case ATASAN, KEPALA -> saat.plus(geser);
      case PENGINGAT_BATAS_BAWAH -> saat;
    });
    task.setDueDate(Date.from(jatuhTempo));
    jadwalkanRantai(task, belum);
  }

  /**
   * Task completed or deleted: its pending job removed.
   *
   * @return whether a level of the step may have fallen (an alert may exist)
   */
  public boolean batalkan(DelegateTask task) {
    ExecutionEntity execution = ((TaskEntity) task).getExecution();
    if (execution == null) {
      hapusJob(task.getId(), task.getTenantId());
      return true;
    }
    // the pending level's job hangs on the task's execution
    List<JobEntity> tertunda = jobTugas(execution, task.getId());
    boolean mungkinAdaPeringatan = mungkinAdaPeringatan((TaskEntity) task, tertunda);
    tertunda.forEach(JobEntity::delete);
    return mungkinAdaPeringatan;
  }

  /** The pending levels as a chain, in the order they fall. */
  private static void jadwalkanRantai(TaskEntity task, Map<TingkatEskalasi, Instant> jadwal) {
    jadwalkanRantai(task, jadwal.entrySet().stream().map(e -> new Lanjutan(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(Lanjutan::saat).thenComparing(Lanjutan::tingkat)).toList());
  }

  /** One job for the first level of the chain, carrying the rest. */
  private static void jadwalkanRantai(TaskEntity task, List<Lanjutan> rantai) {
    if (rantai.isEmpty()) {
      return;
    }
    Lanjutan tingkat = rantai.get(0);
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(EskalasiJobHandler.TYPE);
    timer.setJobHandlerConfiguration(new Konfigurasi(task.getId(), tingkat.tingkat(), rantai.subList(1, rantai.size())));
    timer.setDuedate(Date.from(tingkat.saat()));
    timer.setExecution(task.getExecution());
    timer.setActivityId(task.getTaskDefinitionKey());
    timer.setTenantId(task.getTenantId());
    Context.getCommandContext().getJobManager().schedule(timer);
  }

  /**
   * Whether a level of the step may have fallen: not while its first level is still pending (the
   * lower-bound reminder, or the due-date reminder of a step without lower bound), which spares
   * the usual completion, on time, a statement on the alerts table.
   */
  private static boolean mungkinAdaPeringatan(TaskEntity task, List<JobEntity> tertunda) {
    if (tertunda.size() != 1) {
      return true; // every level fell, or jobs written one per level before chaining
    }
    TingkatEskalasi berikut = Konfigurasi.dari(tertunda.get(0).getJobHandlerConfigurationRaw()).tingkat();
    return switch (berikut) {
      case PENGINGAT_BATAS_BAWAH -> false;
      case PENGINGAT -> SopLangkah.standarWaktu(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
          .bawah().isPresent();
      case ATASAN, KEPALA -> true;
    };
  }

  /** The escalation jobs of a task on its execution (one, or one per level if written before chaining). */
  private static List<JobEntity> jobTugas(ExecutionEntity execution, String taskId) {
    String milik = Konfigurasi.awalan(taskId);
    return execution.getJobs().stream()
        .filter(job -> EskalasiJobHandler.TYPE.equals(job.getJobHandlerType()) && job.getJobHandlerConfigurationRaw() != null
            && job.getJobHandlerConfigurationRaw().startsWith(milik))
        .toList();
  }

  /** A task without execution: its jobs as they were written before chaining (one per level). */
  private static void hapusJob(String taskId, String tenantId) {
    CommandContext context = Context.getCommandContext();
    for (TingkatEskalasi t : TingkatEskalasi.values()) {
      String konfigurasi = new Konfigurasi(taskId, t).toCanonicalString();
      for (JobEntity job : context.getJobManager().findJobsByConfiguration(EskalasiJobHandler.TYPE, konfigurasi,
          tenantId)) {
        job.delete();
      }
    }
  }
}
