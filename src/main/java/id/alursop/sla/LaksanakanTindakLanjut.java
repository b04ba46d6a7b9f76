package id.alursop.sla;

import id.alursop.kalender.KalenderInstansi;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Laksanakan tindak lanjut" in {@code sla-eskalasi}: what the superior chose in "Tindak lanjut
 * keterlambatan": remind the performer, reassign the step, or record a justified extension.
 */
@Component("laksanakanTindakLanjut")
public class LaksanakanTindakLanjut implements JavaDelegate {

  private final TaskService tasks;
  private final IdentityService identity;
  private final KalenderInstansi kalender;
  private final PenjadwalEskalasi penjadwal;

  public LaksanakanTindakLanjut(TaskService tasks, IdentityService identity, KalenderInstansi kalender,
      PenjadwalEskalasi penjadwal) {
    this.tasks = tasks;
    this.identity = identity;
    this.kalender = kalender;
    this.penjadwal = penjadwal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tugasId = (String) execution.getVariable("tugasId");
    Task task = tasks.createTaskQuery().taskId(tugasId).singleResult();
    if (task == null) {
      return; // the step was done meanwhile
    }
    String alasan = String.valueOf(execution.getVariable("alasan"));
    switch (String.valueOf(execution.getVariable("tindakan"))) {
      case "ingatkan" -> ingatkan(task, alasan);
      case "alihkan" -> alihkan(task, (String) execution.getVariable("penggunaBaru"), alasan);
      case "perpanjang" -> perpanjang(task, execution.getVariable("tenggatBaru"), alasan);
      default -> throw new IllegalStateException("Tindakan tidak dikenal");
    }
  }

  /** A comment on the late step. */
  private void ingatkan(Task task, String alasan) {
    tasks.createComment(task.getId(), task.getProcessInstanceId(), "Pengingat dari atasan: " + alasan);
  }

  private void alihkan(Task task, String pengguna, String alasan) {
    if (pengguna == null || pengguna.isBlank() || identity.createUserQuery().userId(pengguna.trim()).count() == 0) {
      throw new FormValidationException(List.of(new Pelanggaran("penggunaBaru", "Dialihkan kepada", "required",
          "Dialihkan kepada wajib diisi dengan pengguna yang terdaftar")));
    }
    tasks.setAssignee(task.getId(), pengguna.trim());
    tasks.createComment(task.getId(), task.getProcessInstanceId(), "Dialihkan kepada " + pengguna.trim() + ": " + alasan);
  }

  /** A new due date at the end of an office day; the levels not raised yet move with it. */
  private void perpanjang(Task task, Object tenggat, String alasan) {
    TaskEntity entity = Context.getCommandContext().getTaskManager().findTaskById(task.getId());
    LangkahTerlambat langkah = LangkahTerlambat.dari(entity, kalender);
    ZoneId zona = kalender.untuk(langkah.instansi()).zona();
    LocalDate tanggal = tenggat == null ? null : LocalDate.parse(String.valueOf(tenggat).substring(0, 10));
    if (tanggal == null || !tanggal.isAfter(ClockUtil.getCurrentTime().toInstant().atZone(zona).toLocalDate())) {
      throw new FormValidationException(List.of(new Pelanggaran("tenggatBaru", "Tenggat baru", "date",
          "Tenggat baru wajib diisi dengan tanggal setelah hari ini")));
    }
    Instant baru = tanggal.atTime(LocalTime.of(16, 0)).atZone(zona).toInstant();
    Duration geser = langkah.jatuhTempo() == null ? Duration.ZERO : Duration.between(langkah.jatuhTempo(), baru);
    penjadwal.perpanjang(entity, baru, geser);
    tasks.createComment(task.getId(), task.getProcessInstanceId(),
        "Perpanjangan waktu sampai " + tanggal + " (disetujui atasan): " + alasan);
  }
}
