package id.alursop.sla;

import id.alursop.kalender.KalenderInstansi;
import id.alursop.sla.EskalasiJobHandler.Konfigurasi;
import id.alursop.sla.EskalasiJobHandler.Lanjutan;
import id.alursop.sop.SopLangkah;
import id.alursop.sop.SopProperties;
import id.alursop.sop.StandarWaktu;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Time standards that bind, for every model: schedules the escalation levels of a step when it
 * is created, fires each level once (reminder; follow-up by the supervisor or the head through
 * the {@code sla-eskalasi} process), and ends everything pending when the step is done.
 */
@Component("eskalasiSla")
public class EskalasiSla {

  public static final String PROSES_ESKALASI = "sla-eskalasi";
  public static final String PESAN_LANGKAH_SELESAI = "LangkahSopSelesai";

  private final KalenderInstansi kalender;
  private final RantaiEskalasi rantai;
  private final PeringatanSlaRepository peringatan;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final MeterRegistry meters;
  private final EmailSla email;

  public EskalasiSla(KalenderInstansi kalender, RantaiEskalasi rantai, PeringatanSlaRepository peringatan,
      RuntimeService runtime, TaskService tasks, IdentityService identity, MeterRegistry meters, EmailSla email) {
    this.kalender = kalender;
    this.rantai = rantai;
    this.peringatan = peringatan;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.meters = meters;
    this.email = email;
  }

  /**
   * Task created: its levels at their working-time moments, as one engine job for the first level
   * that carries the others (each level, when it fires, schedules the next).
   */
  public void jadwalkan(DelegateTask task, StandarWaktu waktu) {
    TaskEntity entity = (TaskEntity) task;
    ExecutionEntity execution = entity.getExecution();
    String instansi = kalender.instansi(execution.getProcessDefinition().getKey(), execution.getTenantId());
    Map<TingkatEskalasi, Instant> jadwal = JadwalEskalasi.hitung(kalender.untuk(instansi),
        ClockUtil.getCurrentTime().toInstant(), waktu);
    jadwalkanRantai(entity, execution, jadwal);
  }

  /** The pending levels as a chain, in the order they fall. */
  private static void jadwalkanRantai(TaskEntity task, ExecutionEntity execution, Map<TingkatEskalasi, Instant> jadwal) {
    jadwalkanRantai(task, execution, jadwal.entrySet().stream().map(e -> new Lanjutan(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(Lanjutan::saat).thenComparing(Lanjutan::tingkat)).toList());
  }

  /** One job for the first level of the chain, carrying the rest. */
  private static void jadwalkanRantai(TaskEntity task, ExecutionEntity execution, List<Lanjutan> rantai) {
    if (rantai.isEmpty()) {
      return;
    }
    Lanjutan tingkat = rantai.get(0);
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(EskalasiJobHandler.TYPE);
    timer.setJobHandlerConfiguration(new Konfigurasi(task.getId(), tingkat.tingkat(), rantai.subList(1, rantai.size())));
    timer.setDuedate(Date.from(tingkat.saat()));
    timer.setExecution(execution);
    timer.setActivityId(task.getTaskDefinitionKey());
    timer.setTenantId(task.getTenantId());
    Context.getCommandContext().getJobManager().schedule(timer);
  }

  /** Task completed: its working time and whether it was on time, per process and step. */
  public void catatSelesai(DelegateTask task, String langkah) {
    TaskEntity entity = (TaskEntity) task;
    ExecutionEntity execution = entity.getExecution();
    String key = execution.getProcessDefinition().getKey();
    Instant selesai = ClockUtil.getCurrentTime().toInstant();
    boolean terlambat = task.getDueDate() != null && selesai.isAfter(task.getDueDate().toInstant());
    java.time.Duration lama = kalender.untuk(kalender.instansi(key, execution.getTenantId()))
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
    ExecutionEntity execution = ((TaskEntity) task).getExecution();
    boolean adaPeringatan = true;
    if (execution == null) {
      hapusJob(task.getId(), task.getTenantId(), List.of(TingkatEskalasi.values()));
    } else {
      // the pending level's job hangs on the task's execution
      List<JobEntity> tertunda = jobTugas(execution, task.getId());
      adaPeringatan = mungkinAdaPeringatan((TaskEntity) task, tertunda);
      tertunda.forEach(JobEntity::delete);
    }
    // a follow-up process exists only for a step that raised an alert (it records one as it starts)
    if (adaPeringatan && peringatan.tandaiSelesai(task.getId()) > 0) {
      runtime.createMessageCorrelation(PESAN_LANGKAH_SELESAI).processInstanceBusinessKey(task.getId()).correlateAll();
    }
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
  private static void hapusJob(String taskId, String tenantId, List<TingkatEskalasi> tingkat) {
    CommandContext context = Context.getCommandContext();
    for (TingkatEskalasi t : tingkat) {
      String konfigurasi = new EskalasiJobHandler.Konfigurasi(taskId, t).toCanonicalString();
      for (JobEntity job : context.getJobManager().findJobsByConfiguration(EskalasiJobHandler.TYPE, konfigurasi,
          tenantId)) {
        job.delete();
      }
    }
  }

  /** A level falls, without later levels. */
  public void picu(String taskId, TingkatEskalasi tingkat) {
    picu(new Konfigurasi(taskId, tingkat));
  }

  /**
   * A level falls (from its job): recorded once, the next level scheduled; superiors get a
   * follow-up process.
   */
  public void picu(Konfigurasi konfigurasi) {
    String taskId = konfigurasi.taskId();
    TingkatEskalasi tingkat = konfigurasi.tingkat();
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null || peringatan.existsByTaskIdAndTingkat(taskId, tingkat)) {
      return; // done meanwhile, or delivered twice: the first delivery scheduled the next level
    }
    if (task.getExecution() != null) {
      jadwalkanRantai(task, task.getExecution(), konfigurasi.berikut());
    }
    LangkahTerlambat langkah = langkah(task);
    meters.counter("alur.sla.peringatan", "proses", langkah.processDefinitionKey(), "langkah",
        String.valueOf(langkah.langkah()), "tingkat", tingkat.name()).increment();
    if (!tingkat.keAtasan()) {
      String kelompok = langkah.assignee() == null ? String.join(",", langkah.kelompokPelaksana()) : null;
      catat(langkah, tingkat, kelompok, langkah.assignee());
      return;
    }
    Map<String, Object> variabel = new HashMap<>();
    variabel.put("tugasId", taskId);
    variabel.put("tingkat", tingkat.name());
    variabel.put("instansi", langkah.instansi());
    variabel.put("kelompokPelaksana", String.join(",", langkah.kelompokPelaksana()));
    variabel.put("namaTugas", langkah.namaTugas());
    variabel.put("langkah", langkah.langkah());
    variabel.put("prosesSop", langkah.processDefinitionKey());
    variabel.put("instansSop", langkah.processInstanceId());
    variabel.put("jatuhTempo", langkah.jatuhTempo() == null ? null : Date.from(langkah.jatuhTempo()));
    var mulai = runtime.createProcessInstanceByKey(PROSES_ESKALASI).businessKey(taskId).setVariables(variabel);
    (task.getTenantId() == null ? mulai.processDefinitionWithoutTenantId() : mulai.processDefinitionTenantId(task.getTenantId()))
        .execute();
  }

  private PeringatanSla catat(LangkahTerlambat langkah, TingkatEskalasi tingkat, String kelompok, String pengguna) {
    PeringatanSla baru = peringatan.save(new PeringatanSla(langkah, tingkat, kelompok, pengguna,
        ClockUtil.getCurrentTime().toInstant()));
    email.kirim(baru);
    return baru;
  }

  private LangkahTerlambat langkah(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    String key = execution.getProcessDefinition().getKey();
    List<String> kelompok = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    String nomor = SopLangkah.properti(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), SopProperties.LANGKAH)
        .orElse(null);
    return new LangkahTerlambat(task.getId(), task.getProcessInstanceId(), key, task.getTaskDefinitionKey(), nomor,
        task.getName(), task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(), kelompok,
        kalender.instansi(key, execution.getTenantId()));
  }

  // --- the sla-eskalasi process ---

  /** "Tentukan penerima eskalasi": the supervisor of the performer's lane, or the head. */
  public void tentukanPenerima(DelegateExecution execution) {
    List<String> pelaksana = Arrays.stream(String.valueOf(execution.getVariable("kelompokPelaksana")).split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
    execution.setVariable("kelompokPenerima", rantai.penerima((String) execution.getVariable("instansi"), pelaksana,
        TingkatEskalasi.valueOf((String) execution.getVariable("tingkat"))));
  }

  /** "Kirim pemberitahuan": the in-app alert for the receiving group. */
  public void kirimPemberitahuan(DelegateExecution execution) {
    TaskEntity task = Context.getCommandContext().getTaskManager()
        .findTaskById((String) execution.getVariable("tugasId"));
    if (task != null) {
      catat(langkah(task), TingkatEskalasi.valueOf((String) execution.getVariable("tingkat")),
          (String) execution.getVariable("kelompokPenerima"), null);
    }
  }

  /** "Laksanakan tindak lanjut": remind, reassign, or record a justified extension. */
  public void laksanakanTindakLanjut(DelegateExecution execution) {
    String tugasId = (String) execution.getVariable("tugasId");
    Task task = tasks.createTaskQuery().taskId(tugasId).singleResult();
    if (task == null) {
      return; // the step was done meanwhile
    }
    String alasan = String.valueOf(execution.getVariable("alasan"));
    switch (String.valueOf(execution.getVariable("tindakan"))) {
      case "ingatkan" -> tasks.createComment(tugasId, task.getProcessInstanceId(), "Pengingat dari atasan: " + alasan);
      case "alihkan" -> alihkan(task, (String) execution.getVariable("penggunaBaru"), alasan);
      case "perpanjang" -> perpanjang(task, execution.getVariable("tenggatBaru"), alasan);
      default -> throw new IllegalStateException("Tindakan tidak dikenal");
    }
  }

  private void alihkan(Task task, String pengguna, String alasan) {
    if (pengguna == null || pengguna.isBlank() || identity.createUserQuery().userId(pengguna.trim()).count() == 0) {
      throw new FormValidationException(List.of(new Pelanggaran("penggunaBaru", "Dialihkan kepada", "required",
          "Dialihkan kepada wajib diisi dengan pengguna yang terdaftar")));
    }
    tasks.setAssignee(task.getId(), pengguna.trim());
    tasks.createComment(task.getId(), task.getProcessInstanceId(), "Dialihkan kepada " + pengguna.trim() + ": " + alasan);
  }

  private void perpanjang(Task task, Object tenggat, String alasan) {
    TaskEntity entity = Context.getCommandContext().getTaskManager().findTaskById(task.getId());
    LangkahTerlambat langkah = langkah(entity);
    java.time.ZoneId zona = kalender.untuk(langkah.instansi()).zona();
    LocalDate tanggal = tenggat == null ? null : LocalDate.parse(String.valueOf(tenggat).substring(0, 10));
    if (tanggal == null || !tanggal.isAfter(ClockUtil.getCurrentTime().toInstant().atZone(zona).toLocalDate())) {
      throw new FormValidationException(List.of(new Pelanggaran("tenggatBaru", "Tenggat baru", "date",
          "Tenggat baru wajib diisi dengan tanggal setelah hari ini")));
    }
    Instant baru = tanggal.atTime(LocalTime.of(16, 0)).atZone(zona).toInstant();
    java.time.Duration geser = langkah.jatuhTempo() == null ? java.time.Duration.ZERO
        : java.time.Duration.between(langkah.jatuhTempo(), baru);
    // the levels not raised yet: the reminder at the new due date, supervisor and head as far later
    Map<TingkatEskalasi, Instant> belum = new java.util.EnumMap<>(TingkatEskalasi.class);
    for (JobEntity job : jobTugas(entity.getExecution(), task.getId())) {
      Konfigurasi tertunda = Konfigurasi.dari(job.getJobHandlerConfigurationRaw());
      belum.put(tertunda.tingkat(), job.getDuedate().toInstant());
      tertunda.berikut().forEach(l -> belum.put(l.tingkat(), l.saat()));
      job.delete();
    }
    if (!peringatan.existsByTaskIdAndTingkat(task.getId(), TingkatEskalasi.PENGINGAT)) {
      belum.put(TingkatEskalasi.PENGINGAT, baru);
    }
    belum.replaceAll((t, saat) -> switch (t) {
      case PENGINGAT -> baru;
      case ATASAN, KEPALA -> saat.plus(geser);
      case PENGINGAT_BATAS_BAWAH -> saat;
    });
    entity.setDueDate(Date.from(baru));
    jadwalkanRantai(entity, entity.getExecution(), belum);
    tasks.createComment(task.getId(), task.getProcessInstanceId(),
        "Perpanjangan waktu sampai " + tanggal + " (disetujui atasan): " + alasan);
  }
}
