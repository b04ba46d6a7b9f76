package id.alursop.ketapang;

import id.alursop.organisasi.DaftarInstansi;
import id.alursop.sop.PilihanPihak;
import id.alursop.sop.Daftar;
import id.alursop.sop.NilaiProses;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

/**
 * OPD as wali data ("paling lambat 14 hari kerja"): the OPD asked are chosen from the agency's
 * parties ({@code pihak} in its file); each answers in its own task; compilation starts when all
 * answered or the window closed, with the OPD that did not answer recorded
 * ({@code opdBelumMenjawab}); the compiler's task shows, per OPD asked, its status, its answer and
 * its attached files.
 */
@Component("waliData")
public class WaliData {

  private static final int BATAS_TEKS = 4000;

  private final JawabanWaliDataRepository jawaban;
  private final Daftar daftar;
  private final DaftarInstansi instansi;
  private final PilihanPihak pihak;
  private final TaskService tasks;

  public WaliData(JawabanWaliDataRepository jawaban, Daftar daftar, DaftarInstansi instansi, PilihanPihak pihak,
      TaskService tasks) {
    this.jawaban = jawaban;
    this.daftar = daftar;
    this.instansi = instansi;
    this.pihak = pihak;
    this.tasks = tasks;
  }

  /**
   * The request sent (end of the step that sends the form): at least one OPD, each one of the
   * agency's parties; else refused (400) naming the field.
   */
  public void periksaPermintaan(DelegateExecution execution, String variabelOpd) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> diminta = daftar.dari(execution.getVariable(variabelOpd));
    if (diminta.isEmpty()) {
      throw new FormValidationException(List.of(new Pelanggaran(variabelOpd, "Perangkat Daerah wali data",
          Pelanggaran.REQUIRED, "Pilih minimal satu Perangkat Daerah wali data yang diminta datanya")));
    }
    List<String> asing = diminta.stream().filter(opd -> !pihak.termasuk(execution.getTenantId(), opd)).toList();
    if (!asing.isEmpty()) {
      throw new FormValidationException(List.of(new Pelanggaran(variabelOpd, "Perangkat Daerah wali data",
          Pelanggaran.VALUES, "Perangkat Daerah wali data harus dipilih dari daftar Perangkat Daerah instansi")));
    }
  }

  /** An OPD's task is created: its form shows the OPD's name ({@code namaOpd}), not its group id. */
  public void siapkanPermintaan(DelegateTask task) {
    task.setVariableLocal("namaOpd", instansi.namaKelompok(String.valueOf(task.getVariable("opd"))));
  }

  /**
   * An OPD's task completed: it answered, within its window (14 working days or the step's due
   * date, {@link BatasWaliData}) or late (after the window closed, before its timer ended the
   * collection), with what it sent.
   */
  public void catatJawaban(DelegateTask task, String langkah) {
    java.util.Date sekarang = ClockUtil.getCurrentTime();
    Object jendela = task.getVariable(BatasWaliData.variabel(langkah));
    boolean terlambat = jendela instanceof java.util.Date batas ? sekarang.after(batas)
        : task.getDueDate() != null && sekarang.after(task.getDueDate());
    JawabanWaliData.Status status = terlambat ? JawabanWaliData.Status.TERLAMBAT : JawabanWaliData.Status.MENJAWAB;
    jawaban.save(new JawabanWaliData(task.getProcessInstanceId(), langkah, String.valueOf(task.getVariable("opd")),
        status, NilaiProses.pengguna(task), sekarang.toInstant())
        .isi(task.getId(), teks(task.getVariable("dataDisampaikan")), teks(task.getVariable("keteranganData"))));
  }

  /** Before compiling: the OPD asked that did not answer, recorded and put in the process. */
  public void catatBelumMenjawab(DelegateExecution execution, String langkah, String variabelOpd) {
    Set<String> menjawab = jawaban.findByInstansSopAndLangkahOrderById(execution.getProcessInstanceId(), langkah)
        .stream().filter(j -> j.getStatus() != JawabanWaliData.Status.TIDAK_MENJAWAB).map(JawabanWaliData::getOpd)
        .collect(Collectors.toSet());
    List<String> belum = daftar.dari(execution.getVariable(variabelOpd)).stream()
        .filter(opd -> !menjawab.contains(opd)).toList();
    belum.forEach(opd -> jawaban.save(new JawabanWaliData(execution.getProcessInstanceId(), langkah, opd,
        JawabanWaliData.Status.TIDAK_MENJAWAB, null, ClockUtil.getCurrentTime().toInstant())));
    execution.setVariable("opdBelumMenjawab", String.join(",", belum));
    execution.setVariable("jumlahOpdBelumMenjawab", belum.size());
  }

  /**
   * The compiler's task is created: per OPD asked, in the order asked, its name, status, answer and
   * the files it attached in its own task (task-local {@code rekapWaliData}, a table), and a line
   * of totals ({@code ringkasanWaliData}).
   */
  public void siapkanKompilasi(DelegateTask task, String langkah, String variabelOpd) {
    Map<String, JawabanWaliData> perOpd = new LinkedHashMap<>();
    jawaban.findByInstansSopAndLangkahOrderById(task.getProcessInstanceId(), langkah)
        .forEach(j -> perOpd.put(j.getOpd(), j));
    List<Map<String, Object>> baris = daftar.dari(task.getVariable(variabelOpd)).stream().map(opd -> {
      JawabanWaliData j = perOpd.get(opd);
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("opd", instansi.namaKelompok(opd));
      b.put("status", label(j == null ? JawabanWaliData.Status.TIDAK_MENJAWAB : j.getStatus()));
      b.put("jawaban", j == null || j.getDataDisampaikan() == null ? "-"
          : j.getDataDisampaikan() + (j.getKeterangan() == null || j.getKeterangan().isBlank() ? ""
              : " (" + j.getKeterangan() + ")"));
      b.put("berkas", j == null || j.getTaskId() == null ? "-" : berkas(j.getTaskId()));
      return b;
    }).toList();
    long dijawab = baris.stream().filter(b -> !label(JawabanWaliData.Status.TIDAK_MENJAWAB).equals(b.get("status"))).count();
    task.setVariableLocal("rekapWaliData", NilaiProses.json(baris));
    task.setVariableLocal("ringkasanWaliData", dijawab + " dari " + baris.size() + " Perangkat Daerah menyampaikan data");
  }

  /** The names of the files attached in an OPD's task (read as the application: the compiler may see the case). */
  private String berkas(String taskId) {
    List<Attachment> lampiran = Context.getCommandContext().runWithoutAuthorization(() -> tasks.getTaskAttachments(taskId));
    return lampiran.isEmpty() ? "-" : lampiran.stream().map(Attachment::getName).collect(Collectors.joining(", "));
  }

  static String label(JawabanWaliData.Status status) {
    return switch (status) {
      case MENJAWAB -> "Menjawab tepat waktu";
      case TERLAMBAT -> "Menjawab terlambat";
      case TIDAK_MENJAWAB -> "Belum menjawab";
    };
  }

  private static String teks(Object nilai) {
    if (nilai == null) {
      return null;
    }
    String t = nilai.toString().trim();
    return t.length() > BATAS_TEKS ? t.substring(0, BATAS_TEKS) : t;
  }
}
