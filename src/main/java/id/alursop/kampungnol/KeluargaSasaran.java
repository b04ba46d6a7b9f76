package id.alursop.kampungnol;

import id.alursop.sop.NilaiProses;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
  /** Set when a survey stopped interventions: the model's conditional events listen to it. */
  static final String PEMBARUAN_KEBUTUHAN = "kebutuhanDiperbarui";

  private final ProgramKampungNol programs;
  private final KeluargaRepository keluarga;
  private final RiwayatStatusRepository riwayat;
  private final ImporKeluarga impor;
  private final KebutuhanKeluargaRepository kebutuhan;
  private final IntervensiRepository intervensi;

  public KeluargaSasaran(ProgramKampungNol programs, KeluargaRepository keluarga, RiwayatStatusRepository riwayat,
      ImporKeluarga impor, KebutuhanKeluargaRepository kebutuhan, IntervensiRepository intervensi) {
    this.programs = programs;
    this.keluarga = keluarga;
    this.riwayat = riwayat;
    this.impor = impor;
    this.kebutuhan = kebutuhan;
    this.intervensi = intervensi;
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

  /** The RTs of the target households, each once (stage 3: one accompanying task per RT). */
  public List<String> rtSasaran(DelegateExecution execution) {
    return keluarga.findByProgramIdOrderById(programs.dari(execution).getId()).stream().map(Keluarga::getRt)
        .filter(rt -> rt != null && !rt.isBlank()).map(String::strip).distinct().sorted().toList();
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
    if (execution.isCanceled()) {
      return; // the step was cancelled (programme ended, need met), not completed
    }
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
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    for (Kebutuhan jenis : kebutuhan) {
      if (this.kebutuhan.findByKeluargaIdAndJenis(k.getId(), jenis).isEmpty()) {
        this.kebutuhan.save(new KebutuhanKeluarga(k.getId(), jenis, sekarang));
      }
    }
    catatStatus(execution, k, RiwayatStatus.Sumber.VERIFIKASI, Variabel.teks(execution, "kondisiKeluarga"));
  }

  /**
   * The households still in the programme (the month's survey, multi-instance collection): still
   * in extreme poverty, or with an intervention still open.
   */
  public List<String> dalamProgram(DelegateExecution execution) {
    Long programId = programs.dari(execution).getId();
    Set<Long> berjalan = intervensi.findByProgramIdAndStatusInOrderById(programId, StatusIntervensi.TERBUKA).stream()
        .map(Intervensi::getKeluargaId).collect(Collectors.toSet());
    return keluarga.findByProgramIdOrderById(programId).stream()
        .filter(k -> k.getStatus() == StatusKeluarga.MISKIN_EKSTREM || berjalan.contains(k.getId()))
        .map(Keluarga::getNomorKk).toList();
  }

  /**
   * Sets on a survey task the household's needs as they stand (task-local {@code kebutuhanKeluarga},
   * a table) and the needs not yet met, the options of {@code kebutuhanTerpenuhi}
   * ({@code pilihanKebutuhan}).
   */
  public void siapkanSurvei(DelegateTask task) {
    Keluarga k = keluarga.findByProgramIdAndNomorKk(programs.dari(task.getExecution()).getId(),
        String.valueOf(task.getVariable("nomorKk"))).orElseThrow();
    List<KebutuhanKeluarga> milik = kebutuhan.findByKeluargaIdOrderById(k.getId());
    task.setVariableLocal("kebutuhanKeluarga", NilaiProses.json(milik.stream()
        .map(b -> baris("kebutuhan", b.getJenis().label(), "status", b.getStatus().label())).toList()));
    task.setVariableLocal("pilihanKebutuhan", NilaiProses.json(milik.stream()
        .filter(b -> b.getStatus() != StatusKebutuhan.TERPENUHI)
        .map(b -> baris("label", b.getJenis().label(), "value", b.getJenis().nilai())).toList()));
  }

  private static Map<String, String> baris(String k1, String v1, String k2, String v2) {
    Map<String, String> baris = new java.util.LinkedHashMap<>();
    baris.put(k1, v1);
    baris.put(k2, v2);
    return baris;
  }

  /** The households still in extreme poverty (the survey of models before the monthly Monev). */
  public List<String> masihMiskin(DelegateExecution execution) {
    return keluarga.findByProgramIdAndStatusOrderById(programs.dari(execution).getId(), StatusKeluarga.MISKIN_EKSTREM)
        .stream().map(Keluarga::getNomorKk).toList();
  }

  /**
   * Survei ulang of one household: its status, the needs found met (their running interventions
   * stop) and the new needs (open for the next round; a need met before is open again).
   */
  public void catatSurveiUlang(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the step was cancelled (programme ended, need met), not completed
    }
    Keluarga k = keluargaDari(execution);
    Map<Kebutuhan, KebutuhanKeluarga> milik = new EnumMap<>(Kebutuhan.class);
    kebutuhan.findByKeluargaIdOrderById(k.getId()).forEach(b -> milik.put(b.getJenis(), b));
    List<String> terpenuhi = Variabel.daftar(execution, "kebutuhanTerpenuhi");
    List<String> baru = Variabel.daftar(execution, "kebutuhanBaru");
    List<Pelanggaran> salah = new ArrayList<>();
    for (String nilai : terpenuhi) {
      Optional<Kebutuhan> jenis = Kebutuhan.dariNilai(nilai);
      if (jenis.isEmpty() || !milik.containsKey(jenis.get()) || milik.get(jenis.get()).getStatus() == StatusKebutuhan.TERPENUHI) {
        salah.add(new Pelanggaran("kebutuhanTerpenuhi", "Kebutuhan mana yang sudah terpenuhi?", Pelanggaran.VALUES,
            "Kebutuhan terpenuhi harus salah satu kebutuhan keluarga ini yang belum terpenuhi"));
      } else if (baru.contains(nilai)) {
        salah.add(new Pelanggaran("kebutuhanBaru", "Kebutuhan baru apa yang ditemukan?", Pelanggaran.VALUES, "Kebutuhan '"
            + jenis.get().label() + "' tidak dapat sekaligus terpenuhi dan baru"));
      }
    }
    boolean masihMiskin = "ya".equals(Variabel.teks(execution, "masihMiskinEkstrem"));
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    boolean adaYangTersisa = baru.stream().map(Kebutuhan::dariNilai).anyMatch(Optional::isPresent)
        || milik.values().stream().anyMatch(b -> b.getStatus() != StatusKebutuhan.TERPENUHI
            && !terpenuhi.contains(b.getJenis().nilai()));
    if (masihMiskin && !adaYangTersisa && salah.isEmpty()) {
      salah.add(new Pelanggaran("kebutuhanBaru", "Kebutuhan baru apa yang ditemukan?", Pelanggaran.REQUIRED,
          "Keluarga masih miskin ekstrem tetapi semua kebutuhannya terpenuhi: pilih kebutuhan barunya"));
    }
    if (!salah.isEmpty()) {
      throw new FormValidationException(salah);
    }
    boolean adaYangDihentikan = false;
    for (String nilai : terpenuhi) {
      KebutuhanKeluarga b = milik.get(Kebutuhan.dariNilai(nilai).orElseThrow());
      b.ubah(StatusKebutuhan.TERPENUHI, sekarang);
      for (Intervensi i : intervensi.findByKeluargaIdAndJenisAndStatusIn(k.getId(), b.getJenis(), StatusIntervensi.TERBUKA)) {
        i.hentikan();
        adaYangDihentikan = true;
      }
    }
    for (String nilai : baru) {
      Kebutuhan.dariNilai(nilai).ifPresent(jenis -> {
        KebutuhanKeluarga b = milik.get(jenis);
        if (b == null) {
          kebutuhan.save(new KebutuhanKeluarga(k.getId(), jenis, sekarang));
        } else if (b.getStatus() == StatusKebutuhan.TERPENUHI) {
          b.ubah(StatusKebutuhan.TERBUKA, sekarang);
        }
      });
    }
    catatStatus(execution, k, RiwayatStatus.Sumber.SURVEI_ULANG, Variabel.teks(execution, "capaian"));
    if (adaYangDihentikan) {
      // a variable change on the instance: the running interventions' conditional events look again
      execution.getProcessInstance().setVariable(PEMBARUAN_KEBUTUHAN, sekarang.toEpochMilli());
    }
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
