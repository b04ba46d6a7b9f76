package id.alursop.pmd;

import id.alursop.sop.NilaiProses;
import id.alursop.surel.PengirimSurel;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the Kasi PMD model of Kecamatan Benua Lima asks of the application: the Kepala Desa's
 * decision on the budget (a revision needs its reason), and each periodic report, kept and
 * mailed to the superior ("Melaporkan perkembangan pelaksanaan Tugas kepada Atasan").
 */
@Component("kasiPmd")
public class KasiPmd {

  static final String REVISI = "revisi";

  private final LaporanBerkalaRepository laporan;
  private final PengirimSurel surel;
  private final String tautanLaporan;

  public KasiPmd(LaporanBerkalaRepository laporan, PengirimSurel surel,
      @Value("${alur.pmd.tautan-laporan:http://localhost:8080/api/pmd/laporan}") String tautanLaporan) {
    this.laporan = laporan;
    this.surel = surel;
    this.tautanLaporan = tautanLaporan;
  }

  /** Step 4, the Kepala Desa's decision: a revision says what to revise. */
  public void periksaKeputusanAnggaran(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    if (REVISI.equals(execution.getVariable("keputusanAnggaran")) && teks(execution.getVariable("catatanKepalaDesa")) == null) {
      throw new FormValidationException(List.of(new Pelanggaran("catatanKepalaDesa",
          "Catatan Kepala Desa", Pelanggaran.REQUIRED,
          "Catatan Kepala Desa wajib diisi bila anggaran dikembalikan untuk direvisi: tuliskan apa yang harus diperbaiki")));
    }
  }

  /**
   * A periodic report completed: kept (table {@code pmd_laporan_berkala}) and mailed to the
   * members of {@code kepada}, the superior's group; no task is created for them.
   */
  public void kirimLaporan(DelegateTask task, String kepada) {
    Object anggaran = task.getVariable("anggaranTerpakai");
    Object tahun = task.getVariable("tahunAnggaran");
    LaporanBerkala baru = laporan.save(new LaporanBerkala(task.getTenantId(), task.getProcessInstanceId(), task.getId(),
        kepada, teks(task.getVariable("namaDesa")), tahun instanceof Number n ? n.intValue() : null,
        String.valueOf(task.getVariable("periodeLaporan")), String.valueOf(task.getVariable("periodeDilaporkan")),
        teks(task.getVariable("perkembanganPelaksanaan")),
        anggaran instanceof Number n ? new BigDecimal(n.toString()) : null,
        teks(task.getVariable("hasilKegiatan")), teks(task.getVariable("dampakKegiatan")),
        teks(task.getVariable("hambatanPelaksanaan")), teks(task.getVariable("rekomendasiPerbaikan")),
        NilaiProses.pengguna(task), ClockUtil.getCurrentTime().toInstant()));
    surel.kirim(null, List.of(kepada), subjek(baru), isi(baru), "laporan berkala " + baru.getId());
  }

  static String subjek(LaporanBerkala l) {
    return "[Alur SOP] Laporan " + l.getPeriodeDilaporkan() + " Kasi PMD: Desa " + l.getDesa();
  }

  String isi(LaporanBerkala l) {
    StringBuilder s = new StringBuilder();
    s.append("Laporan ").append(l.getPeriodeDilaporkan()).append(" pelaksanaan program pembangunan dan pemberdayaan ")
        .append("masyarakat Desa ").append(l.getDesa());
    if (l.getTahunAnggaran() != null) {
      s.append(", tahun anggaran ").append(l.getTahunAnggaran());
    }
    s.append(", dari Kasi Pembangunan dan Pemberdayaan Masyarakat Desa.\n\n");
    baris(s, "Perkembangan pelaksanaan", l.getPerkembangan());
    baris(s, "Anggaran yang telah digunakan", l.getAnggaranTerpakai() == null ? null : rupiah(l.getAnggaranTerpakai()));
    baris(s, "Hasil kegiatan", l.getHasilKegiatan());
    baris(s, "Dampak kegiatan", l.getDampakKegiatan());
    baris(s, "Hambatan", l.getHambatan());
    baris(s, "Rekomendasi perbaikan", l.getRekomendasi());
    s.append("\nSemua laporan yang dikirim kepada Anda: ").append(tautanLaporan).append('\n');
    return s.toString();
  }

  private static void baris(StringBuilder s, String label, String nilai) {
    if (nilai != null) {
      s.append(label).append(": ").append(nilai).append('\n');
    }
  }

  static String rupiah(BigDecimal nilai) {
    NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"));
    return "Rp " + format.format(nilai);
  }

  private static String teks(Object nilai) {
    String t = nilai == null ? "" : nilai.toString().trim();
    return t.isEmpty() ? null : t;
  }
}
