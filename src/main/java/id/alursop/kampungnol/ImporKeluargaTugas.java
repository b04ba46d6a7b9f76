package id.alursop.kampungnol;

import id.alursop.dokumen.ImporTugas;
import id.alursop.dokumen.LaporanImpor;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The target households (KK sasaran) as a CSV file uploaded by the performer of stage 1
 * (Identifikasi Lokasi Prioritas) in the step's Tasklist tab *Dokumen*: the same import and
 * checks as {@code /api/kampung-nol/{id}/keluarga}, reported row by row. The step is then
 * completed with the form's field *Data KK sasaran* left empty.
 */
@Component
public class ImporKeluargaTugas implements ImporTugas {

  private final ImporKeluarga impor;
  private final ProgramRepository program;
  private final KeluargaRepository keluarga;

  public ImporKeluargaTugas(ImporKeluarga impor, ProgramRepository program, KeluargaRepository keluarga) {
    this.impor = impor;
    this.program = program;
    this.keluarga = keluarga;
  }

  @Override
  public String id() {
    return "keluarga-sasaran";
  }

  @Override
  public boolean berlaku(Task task) {
    return KeluargaSasaranController.TAHAP_IDENTIFIKASI.equals(task.getTaskDefinitionKey()) && program(task).isPresent();
  }

  @Override
  public String judul() {
    return "Data KK sasaran (CSV)";
  }

  @Override
  public String petunjuk() {
    return "Satu keluarga per baris, kolom dipisahkan titik koma (;) atau koma, dengan urutan "
        + KeluargaCsv.HEADER + "; baris pertama boleh berisi judul kolom tersebut; UTF-8. "
        + "Baris yang benar langsung disimpan untuk program ini; baris yang ditolak diperbaiki lalu diunggah lagi "
        + "(cukup baris itu saja: baris yang sudah tersimpan akan ditolak sebagai ganda). "
        + "Setelah itu kolom Data KK sasaran di formulir boleh dikosongkan.";
  }

  @Override
  public String keadaan(Task task) {
    return program(task).map(p -> "Tersimpan " + keluarga.countByProgramId(p.getId()) + " KK sasaran untuk program ini")
        .orElse(null);
  }

  @Override
  public LaporanImpor impor(Task task, Reader csv) {
    Program run = program(task).orElseThrow(() -> new IllegalStateException("Program Kampung Nol tidak ditemukan"));
    HasilImpor hasil = impor.impor(run.getId(), csv);
    List<LaporanImpor.Baris> baris = new ArrayList<>();
    hasil.barisDitolak().forEach(b -> baris.add(new LaporanImpor.Baris(b.baris(), false, b.alasan())));
    boolean semuaDiterima = hasil.diterima() <= hasil.barisDiterima().size();
    if (semuaDiterima) {
      hasil.barisDiterima().forEach(n -> baris.add(new LaporanImpor.Baris(n, true, null)));
    }
    baris.sort(Comparator.comparingLong(LaporanImpor.Baris::baris));
    boolean lengkap = semuaDiterima && hasil.ditolak() <= hasil.barisDitolak().size();
    return new LaporanImpor(hasil.diterima(), hasil.ditolak(), List.copyOf(baris), lengkap, keadaan(task));
  }

  private Optional<Program> program(Task task) {
    return task.getProcessInstanceId() == null ? Optional.empty()
        : program.findByProcessInstanceId(task.getProcessInstanceId());
  }
}
