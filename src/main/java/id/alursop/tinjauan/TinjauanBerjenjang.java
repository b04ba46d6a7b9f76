package id.alursop.tinjauan;

import id.alursop.sop.NilaiProses;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

/**
 * The review chain every SOP uses (process {@code tinjauan-berjenjang}): a return needs notes,
 * and each one is recorded (who, when, notes) and counted; both sides see what is attached.
 */
@Component("tinjauanBerjenjang")
public class TinjauanBerjenjang {

  static final String JUMLAH_PENGEMBALIAN = "jumlahPengembalian";

  private final PengembalianRepository pengembalian;

  public TinjauanBerjenjang(PengembalianRepository pengembalian) {
    this.pengembalian = pengembalian;
  }

  /** "Catat pengembalian": refuses a return without notes, records it, counts it. */
  public void catatPengembalian(DelegateExecution execution) {
    Object catatan = execution.getVariable("catatanTinjauan");
    if (catatan == null || catatan.toString().isBlank()) {
      throw new FormValidationException(List.of(new Pelanggaran("catatanTinjauan", "Catatan", "required",
          "Catatan wajib diisi bila draf dikembalikan kepada penyusun")));
    }
    pengembalian.save(new Pengembalian(teks(execution, "instansSop", execution.getProcessInstanceId()),
        execution.getProcessInstanceId(), teks(execution, "langkahSop", null), teks(execution, "dokumen", null),
        NilaiProses.pengguna(execution), teks(execution, "kelompokPeninjau", null), catatan.toString().trim(),
        ClockUtil.getCurrentTime().toInstant()));
    Object jumlah = execution.getVariable(JUMLAH_PENGEMBALIAN);
    execution.setVariable(JUMLAH_PENGEMBALIAN, jumlah instanceof Number n ? n.intValue() + 1 : 1);
  }

  /** On each review or rework task: the files attached to the SOP instance, one per line. */
  public void tampilkanLampiran(DelegateTask task) {
    String instansSop = teks(task.getExecution(), "instansSop", task.getProcessInstanceId());
    List<Attachment> lampiran = List.copyOf(Context.getCommandContext().getAttachmentManager()
        .findAttachmentsByProcessInstanceId(instansSop));
    task.setVariableLocal("daftarDokumen", lampiran.isEmpty() ? "Belum ada berkas terlampir"
        : lampiran.stream().map(a -> "- " + a.getName() + (a.getDescription() == null ? "" : " (" + a.getDescription() + ")"))
            .collect(Collectors.joining("\n")));
  }

  private static String teks(DelegateExecution execution, String nama, String bawaan) {
    Object value = execution.getVariable(nama);
    return value == null ? bawaan : value.toString();
  }
}
