package id.alursop.kampungnol;

import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.io.StringReader;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The target households (KK sasaran): fixed at stage 1, verified one by one at stage 3,
 * surveyed again at each Monev.
 */
@Component("keluargaSasaran")
public class KeluargaSasaran {

  static final int BATAS_PELANGGARAN = 20;

  private final ProgramKampungNol programs;
  private final KeluargaRepository keluarga;
  private final RiwayatStatusRepository riwayat;
  private final ImporKeluarga impor;

  public KeluargaSasaran(ProgramKampungNol programs, KeluargaRepository keluarga, RiwayatStatusRepository riwayat,
      ImporKeluarga impor) {
    this.programs = programs;
    this.keluarga = keluarga;
    this.riwayat = riwayat;
    this.impor = impor;
  }

  /**
   * Stage 1 done: takes the rows pasted into the form (all or none) and requires at least one
   * target household.
   */
  public void tetapkan(DelegateExecution execution) {
    Program run = programs.dari(execution);
    String tempel = Variabel.teks(execution, "dataKkSasaran");
    if (!tempel.isEmpty()) {
      HasilImpor hasil = impor.impor(run.getId(), new StringReader(tempel));
      if (hasil.ditolak() > 0) {
        List<Pelanggaran> pelanggaran = hasil.barisDitolak().stream().limit(BATAS_PELANGGARAN)
            .map(b -> new Pelanggaran("dataKkSasaran", "Data KK sasaran", "csv",
                "Baris " + b.baris() + ": " + b.alasan()))
            .toList();
        throw new FormValidationException(pelanggaran);
      }
    }
    long jumlah = keluarga.countByProgramId(run.getId());
    if (jumlah == 0) {
      throw new FormValidationException(List.of(new Pelanggaran("dataKkSasaran", "Data KK sasaran", "required",
          "Belum ada KK sasaran: tempel data KK di kolom ini atau unggah berkas CSV di tab Dokumen terlebih dahulu")));
    }
    execution.setVariable("jumlahKkSasaran", (int) jumlah);
  }

  /** The households to verify at stage 3 (multi-instance collection). */
  public List<String> nomorKkSasaran(DelegateExecution execution) {
    return keluarga.nomorKkByProgram(programs.dari(execution).getId());
  }

  /**
   * Which household a per-household task is about, for its card: the head of the family's name
   * and RT/RW as step 1 recorded them (no NIK, no KK number).
   */
  public String kasus(DelegateExecution execution, String nomorKk) {
    return keluarga.findByProgramIdAndNomorKk(programs.dari(execution).getId(), nomorKk)
        .map(KeluargaSasaran::kasus).orElse("");
  }

  static String kasus(Keluarga k) {
    List<String> wilayah = new java.util.ArrayList<>();
    if (k.getRt() != null && !k.getRt().isBlank()) {
      wilayah.add("RT " + k.getRt().strip());
    }
    if (k.getRw() != null && !k.getRw().isBlank()) {
      wilayah.add("RW " + k.getRw().strip());
    }
    String nama = k.getNamaKepalaKeluarga() == null ? "" : k.getNamaKepalaKeluarga().strip();
    return wilayah.isEmpty() ? nama : nama + " · " + String.join("/", wilayah);
  }

  /** Stage 3, one household: the verified profile, its needs and its status. */
  public void simpanProfil(DelegateExecution execution) {
    Keluarga k = keluargaDari(execution);
    BarisKeluarga profil = new BarisKeluarga(k.getNomorKk(), Variabel.teks(execution, "nikKepalaKeluarga"),
        Variabel.teks(execution, "namaKepalaKeluarga"), Variabel.teks(execution, "alamat"),
        Variabel.teks(execution, "rt"), Variabel.teks(execution, "rw"));
    List<Kebutuhan> kebutuhan = Variabel.daftar(execution, "kebutuhan").stream().map(Kebutuhan::dariNilai)
        .flatMap(java.util.Optional::stream).toList();
    if ("ya".equals(Variabel.teks(execution, "masihMiskinEkstrem")) && kebutuhan.isEmpty()) {
      throw new FormValidationException(List.of(new Pelanggaran("kebutuhan", "Kebutuhan", "required",
          "Kebutuhan wajib dipilih minimal satu untuk keluarga yang masih miskin ekstrem")));
    }
    k.perbarui(profil);
    k.setKebutuhan(kebutuhan);
    catatStatus(execution, k, RiwayatStatus.Sumber.VERIFIKASI, Variabel.teks(execution, "kondisiKeluarga"));
  }

  /** The households still in extreme poverty (Monev's survei ulang, multi-instance collection). */
  public List<String> masihMiskin(DelegateExecution execution) {
    return keluarga.findByProgramIdAndStatusOrderById(programs.dari(execution).getId(), StatusKeluarga.MISKIN_EKSTREM)
        .stream().map(Keluarga::getNomorKk).toList();
  }

  /** Survei ulang of one household. */
  public void catatSurveiUlang(DelegateExecution execution) {
    catatStatus(execution, keluargaDari(execution), RiwayatStatus.Sumber.SURVEI_ULANG,
        Variabel.teks(execution, "capaian"));
  }

  private void catatStatus(DelegateExecution execution, Keluarga k, RiwayatStatus.Sumber sumber, String catatan) {
    StatusKeluarga status = "ya".equals(Variabel.teks(execution, "masihMiskinEkstrem"))
        ? StatusKeluarga.MISKIN_EKSTREM : StatusKeluarga.TIDAK_MISKIN_EKSTREM;
    k.setStatus(status);
    riwayat.save(new RiwayatStatus(k.getId(), status, sumber, Variabel.pengguna(execution),
        ClockUtil.getCurrentTime().toInstant(), catatan));
  }

  private Keluarga keluargaDari(DelegateExecution execution) {
    Long programId = programs.dari(execution).getId();
    return keluarga.findByProgramIdAndNomorKk(programId, Variabel.teks(execution, "nomorKk"))
        .orElseThrow(() -> new IllegalStateException("KK sasaran tidak ditemukan di program ini"));
  }
}
