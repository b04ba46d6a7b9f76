package id.alursop.kampungnol;

import id.alursop.sop.NilaiProses;
import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Kelompok;
import id.alursop.sop.PilihanPihak;
import id.alursop.validation.FormList;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The intervention plan: from the Matriks Kontribusi of stage 4 (which party meets which need),
 * one intervention per open need of each household still in extreme poverty, each a task for
 * that party's group alone; again after each monthly Monev that continues the programme, for the
 * needs then open (new ones a survey found, and those an intervention left unmet).
 *
 * <p>The matrix is the form list {@code matriksKontribusi}, rows {@code {kebutuhan, pelaksana}},
 * the performer one of the agency's parties ({@code pihak} in {@code organisasi/<agency>.yaml}),
 * offered to the form as the task variable {@code pilihanPihak}. A Monev may add rows for needs
 * the matrix does not cover yet ({@code tambahanMatriks}). A programme whose matrix was typed
 * before (free text per need, {@code pelaksanaHunian} …, no list) keeps its text; its
 * interventions go to OPD terkait and Mitra as they did.
 */
@Component("rencanaIntervensi")
public class RencanaIntervensi {

  /** The form list of the matrix. */
  static final String MATRIKS = "matriksKontribusi";
  static final String LABEL_MATRIKS = "Matriks Kontribusi";
  /** Rows a Monev adds to the matrix. */
  static final String TAMBAHAN = "tambahanMatriks";
  static final String LABEL_TAMBAHAN = "Tambahan Matriks Kontribusi";
  /** The performer select's options ({@code valuesKey} in the form), local to the task. */
  static final String PILIHAN_PIHAK = "pilihanPihak";
  /** The interventions a round opened, on its multi-instance execution. */
  static final String DIBUKA = "intervensiDibuka";
  /** Who worked every intervention before the matrix chose parties. */
  static final String KELOMPOK_SEBELUMNYA = "bogor-opd-terkait,bogor-mitra";

  private final ProgramKampungNol programs;
  private final KeluargaRepository keluarga;
  private final IntervensiRepository intervensi;
  private final KebutuhanKeluargaRepository kebutuhan;
  private final LaporanKemajuanRepository laporan;
  private final KomitmenRepository komitmen;
  private final DaftarInstansi instansi;
  private final PilihanPihak pilihan;

  public RencanaIntervensi(ProgramKampungNol programs, KeluargaRepository keluarga, IntervensiRepository intervensi,
      KebutuhanKeluargaRepository kebutuhan, LaporanKemajuanRepository laporan, KomitmenRepository komitmen,
      DaftarInstansi instansi, PilihanPihak pilihan) {
    this.pilihan = pilihan;
    this.programs = programs;
    this.keluarga = keluarga;
    this.intervensi = intervensi;
    this.kebutuhan = kebutuhan;
    this.laporan = laporan;
    this.komitmen = komitmen;
    this.instansi = instansi;
  }

  /** The options of the matrix's performer select (models deployed before {@code pilihanPihak.untuk} ask here). */
  public TypedValue pilihanPihak(DelegateTask task) {
    return pilihan.untuk(task);
  }

  /** Stage 4 done: the matrix checked, then the first round of interventions. */
  public void susun(DelegateExecution execution) {
    buatPutaran(execution, matriks(execution, true), 1, MATRIKS, LABEL_MATRIKS);
  }

  /** After a Monev that continues: the next round, for the open needs of the households still poor. */
  public void susunLanjutan(DelegateExecution execution) {
    Program run = programs.dari(execution);
    buatPutaran(execution, matriks(execution, false), intervensi.putaranTerakhir(run.getId()) + 1, TAMBAHAN,
        LABEL_TAMBAHAN);
  }

  /**
   * A Monev's additions to the matrix ({@code tambahanMatriks}: needs it does not cover yet, each
   * with its party), checked as at stage 4 and kept in the matrix for every later round.
   */
  public void tambahMatriks(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the step was cancelled (programme ended, need met), not completed
    }
    Object nilai = execution.getVariable(TAMBAHAN);
    if (nilai == null || execution.getVariable(MATRIKS) == null) {
      return;
    }
    Map<String, Kelompok> pihak = pihak(execution);
    Map<Kebutuhan, Pelaksana> ada = bacaBaris(execution.getVariable(MATRIKS), MATRIKS, LABEL_MATRIKS, pihak, false);
    Map<Kebutuhan, Pelaksana> tambahan = bacaBaris(nilai, TAMBAHAN, LABEL_TAMBAHAN, pihak, true);
    List<Pelanggaran> salah = new ArrayList<>();
    for (Kebutuhan k : tambahan.keySet()) {
      if (ada.containsKey(k)) {
        salah.add(new Pelanggaran(TAMBAHAN, LABEL_TAMBAHAN, Pelanggaran.VALUES, "Kebutuhan '" + k.label()
            + "' sudah ada di Matriks Kontribusi dengan pelaksana " + ada.get(k).nama()));
      }
    }
    if (!salah.isEmpty()) {
      throw new FormValidationException(salah);
    }
    if (tambahan.isEmpty()) {
      return;
    }
    List<Map<String, Object>> semua = new ArrayList<>();
    ada.forEach((k, p) -> semua.add(Map.of("kebutuhan", k.nilai(), "pelaksana", p.kelompok())));
    tambahan.forEach((k, p) -> semua.add(Map.of("kebutuhan", k.nilai(), "pelaksana", p.kelompok())));
    execution.getProcessInstance().setVariable(MATRIKS, NilaiProses.json(semua));
  }

  /** The group a stage 6 task is for: the intervention's party, else (a matrix of free text) OPD terkait and Mitra. */
  public String kelompok(String intervensiId) {
    return intervensi.findById(Long.valueOf(intervensiId)).map(Intervensi::getKelompok).orElse(KELOMPOK_SEBELUMNYA);
  }

  /**
   * The planned interventions whose tasks open now (stage 6 multi-instance collection), as ids;
   * each is running from now on, so that a later round does not open it again. The engine asks
   * for the collection once per item: the round's list is kept on the multi-instance execution
   * ({@code intervensiDibuka}), so every ask gets the same list.
   */
  public List<String> terbuka(DelegateExecution execution) {
    Object dibuka = execution.getVariable(DIBUKA);
    if (dibuka != null) {
      return dibuka.toString().isEmpty() ? List.of() : List.of(dibuka.toString().split(","));
    }
    List<Intervensi> rencana = intervensi.findByProgramIdAndStatusOrderById(programs.dari(execution).getId(),
        StatusIntervensi.RENCANA);
    rencana.forEach(Intervensi::mulai);
    List<String> ids = rencana.stream().map(i -> String.valueOf(i.getId())).toList();
    execution.setVariableLocal(DIBUKA, String.join(",", ids));
    return ids;
  }

  /** Whether a running intervention was stopped (its need found met): its task ends (conditional event). */
  public boolean dihentikan(String intervensiId) {
    return intervensi.findById(Long.valueOf(intervensiId))
        .map(i -> i.getStatus() == StatusIntervensi.DIHENTIKAN).orElse(false);
  }

  /** What an intervention is about, shown read-only in the stage 6 forms. */
  public String ringkasan(String intervensiId) {
    Intervensi i = intervensi.findById(Long.valueOf(intervensiId)).orElseThrow();
    Keluarga k = keluarga.findById(i.getKeluargaId()).orElseThrow();
    return i.getJenis().label() + " untuk KK " + k.getNomorKk() + " (" + k.getNamaKepalaKeluarga() + ", RT "
        + k.getRt() + "/RW " + k.getRw() + "), pelaksana: " + i.getPelaksana() + ", putaran " + i.getPutaran();
  }

  /** Which intervention a stage 6 task is about, for its card: the need and the household. */
  public String kasus(String intervensiId) {
    return intervensi.findById(Long.valueOf(intervensiId))
        .flatMap(i -> keluarga.findById(i.getKeluargaId()).map(k -> i.getJenis().label() + " · " + KeluargaSasaran.kasus(k)))
        .orElse("");
  }

  /**
   * Stage 6, one intervention: its result and report. Completed, its need is met; partly done or
   * not done, the need is open again for the next round (unless a survey found it met meanwhile).
   */
  public void catatHasil(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the step was cancelled (programme ended, need met), not completed
    }
    Intervensi i = intervensi.findById(Long.valueOf(Variabel.teks(execution, "intervensiId"))).orElseThrow();
    StatusIntervensi hasil = StatusIntervensi.dariHasil(Variabel.teks(execution, "hasilIntervensi"));
    i.catatHasil(hasil, Variabel.tanggal(execution, "tanggalPelaksanaan"), Variabel.teks(execution, "laporanPelaksanaan"),
        Variabel.pengguna(execution));
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    kebutuhan.findByKeluargaIdAndJenis(i.getKeluargaId(), i.getJenis())
        .filter(k -> k.getStatus() != StatusKebutuhan.TERPENUHI)
        .ifPresent(k -> k.ubah(hasil == StatusIntervensi.SELESAI ? StatusKebutuhan.TERPENUHI : StatusKebutuhan.TERBUKA,
            sekarang));
  }

  /** The monthly progress report of one running intervention. */
  public void catatKemajuan(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the step was cancelled (programme ended, need met), not completed
    }
    Long id = Long.valueOf(Variabel.teks(execution, "intervensiId"));
    Object persen = execution.getVariable("persenCapaian");
    laporan.save(new LaporanKemajuan(id, ClockUtil.getCurrentTime().toInstant(), Variabel.pengguna(execution),
        Variabel.teks(execution, "kemajuan"), persen instanceof Number n ? n.intValue() : null,
        Variabel.teks(execution, "kendala")));
  }

  /**
   * The parties the matrix names, of one kind ({@code opd} or {@code mitra}: the agency file's
   * {@code mitra}), in the matrix's order, each once: one commitment task each (stages 4 and 5).
   */
  public List<String> pihakMatriks(DelegateExecution execution, String jenis) {
    boolean mitra = "mitra".equals(jenis);
    Set<String> hasil = new LinkedHashSet<>();
    matriks(execution, false).pelaksana().values().stream().map(Pelaksana::kelompok)
        .filter(g -> g != null && instansi.mitra(execution.getTenantId(), g) == mitra).forEach(hasil::add);
    return List.copyOf(hasil);
  }

  /** Sets on a party's commitment task what it commits to: the needs the matrix gives it, with the households. */
  public void siapkanKomitmen(DelegateTask task) {
    String pihak = String.valueOf(task.getVariable("pihak"));
    Program run = programs.dari(task.getExecution());
    List<String> baris = new ArrayList<>();
    Map<Kebutuhan, Long> jumlah = new EnumMap<>(Kebutuhan.class);
    intervensi.findByProgramIdOrderById(run.getId()).stream().filter(i -> pihak.equals(i.getKelompok()))
        .forEach(i -> jumlah.merge(i.getJenis(), 1L, Long::sum));
    jumlah.forEach((k, n) -> baris.add("- " + k.label() + ": " + n + " KK"));
    task.setVariableLocal("ringkasanKomitmen", instansi.namaKelompok(pihak) + " ditunjuk Matriks Kontribusi untuk:\n"
        + (baris.isEmpty() ? "- (belum ada KK dengan kebutuhan ini)" : String.join("\n", baris)));
  }

  /** A party signed its commitment: recorded with the document's number and date. */
  public void catatKomitmen(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the step was cancelled (programme ended, need met), not completed
    }
    if (!Boolean.TRUE.equals(execution.getVariable("komitmenDisetujui"))) {
      throw new FormValidationException(List.of(new Pelanggaran("komitmenDisetujui", "Komitmen disetujui",
          Pelanggaran.REQUIRED, "Komitmen harus disetujui dan ditandatangani sebelum langkah ini diselesaikan")));
    }
    komitmen.save(new Komitmen(programs.dari(execution).getId(), Variabel.teks(execution, "pihak"),
        Variabel.teks(execution, "nomorKomitmen"), Variabel.tanggal(execution, "tanggalKomitmen"),
        Variabel.pengguna(execution), ClockUtil.getCurrentTime().toInstant()));
  }

  /**
   * Who meets which need. From the form list; when the instance has no list but the free-text
   * fields of before, from those. {@code periksa}: refuse (400, naming row and field) a need that
   * is unknown or twice in the matrix and a performer that is not one of the agency's parties;
   * else (a later round) read what was accepted at stage 4.
   */
  private Matriks matriks(DelegateExecution execution, boolean periksa) {
    Object nilai = execution.getVariable(MATRIKS);
    if (nilai == null && Kebutuhan.stream().anyMatch(k -> execution.getVariable(k.variabelPelaksana()) != null)) {
      Map<Kebutuhan, Pelaksana> matriks = new EnumMap<>(Kebutuhan.class);
      for (Kebutuhan k : Kebutuhan.values()) {
        String pelaksana = Variabel.teks(execution, k.variabelPelaksana());
        if (!pelaksana.isEmpty()) {
          matriks.put(k, Pelaksana.teks(pelaksana));
        }
      }
      return new Matriks(matriks, false);
    }
    return new Matriks(bacaBaris(nilai, MATRIKS, LABEL_MATRIKS, pihak(execution), periksa), true);
  }

  private Map<String, Kelompok> pihak(DelegateExecution execution) {
    Map<String, Kelompok> pihak = new LinkedHashMap<>();
    instansi.pihak(execution.getTenantId()).forEach(k -> pihak.put(k.id(), k));
    return pihak;
  }

  private Map<Kebutuhan, Pelaksana> bacaBaris(Object nilai, String variabel, String label, Map<String, Kelompok> pihak,
      boolean periksa) {
    List<Map<String, Object>> baris;
    try {
      baris = FormList.rows(nilai);
    } catch (IllegalArgumentException e) {
      throw new FormValidationException(List.of(new Pelanggaran(variabel, label, Pelanggaran.TYPE,
          label + " harus berupa daftar (JSON array)")));
    }
    Map<Kebutuhan, Pelaksana> matriks = new EnumMap<>(Kebutuhan.class);
    List<Pelanggaran> salah = new ArrayList<>();
    Map<Kebutuhan, Integer> barisKebutuhan = new EnumMap<>(Kebutuhan.class);
    for (int i = 0; i < baris.size(); i++) {
      String nilaiKebutuhan = teks(baris.get(i).get("kebutuhan"));
      String kelompok = teks(baris.get(i).get("pelaksana"));
      Optional<Kebutuhan> jenis = Kebutuhan.dariNilai(nilaiKebutuhan);
      if (jenis.isEmpty()) {
        salah.add(Pelanggaran.inRow(variabel, label, i, "kebutuhan", "Kebutuhan yang ditangani", Pelanggaran.VALUES,
            "Kebutuhan tidak termasuk kebutuhan dasar Pedoman Teknis"));
        continue;
      }
      Integer sebelumnya = barisKebutuhan.putIfAbsent(jenis.get(), i);
      if (sebelumnya != null) {
        salah.add(Pelanggaran.inRow(variabel, label, i, "kebutuhan", "Kebutuhan yang ditangani", Pelanggaran.VALUES,
            "Kebutuhan '" + jenis.get().label() + "' sudah ada di baris " + (sebelumnya + 1)
                + "; satu pelaksana per kebutuhan"));
        continue;
      }
      Kelompok pihakDipilih = pihak.get(kelompok);
      if (pihakDipilih != null) {
        matriks.put(jenis.get(), new Pelaksana(pihakDipilih.id(), pihakDipilih.nama()));
      } else if (!periksa && !kelompok.isEmpty()) {
        matriks.put(jenis.get(), new Pelaksana(kelompok, instansi.namaKelompok(kelompok)));
      } else {
        salah.add(Pelanggaran.inRow(variabel, label, i, "pelaksana", "OPD atau mitra pelaksana", Pelanggaran.VALUES,
            kelompok.isEmpty() ? "OPD atau mitra pelaksana wajib dipilih"
                : "OPD atau mitra pelaksana harus salah satu OPD atau mitra dalam daftar pihak instansi"));
      }
    }
    if (!salah.isEmpty()) {
      throw new FormValidationException(salah);
    }
    return matriks;
  }

  private static String teks(Object nilai) {
    return nilai == null ? "" : nilai.toString().trim();
  }

  /** The matrix read: need → performer; {@code daftar}: from the form list (else the former free text). */
  private record Matriks(Map<Kebutuhan, Pelaksana> pelaksana, boolean daftar) {
  }

  /**
   * One round: an intervention for each open need of each household still in extreme poverty,
   * the need then in progress. A need the matrix gives no performer is refused, naming the field
   * where a performer can still be given ({@code variabel}).
   */
  private void buatPutaran(DelegateExecution execution, Matriks matriksDibaca, int putaran, String variabel,
      String label) {
    Program run = programs.dari(execution);
    Map<Kebutuhan, Pelaksana> matriks = matriksDibaca.pelaksana();
    Map<Kebutuhan, Integer> tanpaPelaksana = new EnumMap<>(Kebutuhan.class);
    List<Intervensi> baru = new ArrayList<>();
    List<KebutuhanKeluarga> diproses = new ArrayList<>();
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    List<Keluarga> miskin = keluarga.findByProgramIdAndStatusOrderById(run.getId(), StatusKeluarga.MISKIN_EKSTREM);
    Map<Long, List<KebutuhanKeluarga>> perKeluarga = new LinkedHashMap<>();
    kebutuhan.findByKeluargaIdInOrderById(miskin.stream().map(Keluarga::getId).toList())
        .forEach(k -> perKeluarga.computeIfAbsent(k.getKeluargaId(), x -> new ArrayList<>()).add(k));
    for (Keluarga k : miskin) {
      for (KebutuhanKeluarga butuh : perKeluarga.getOrDefault(k.getId(), List.of())) {
        if (butuh.getStatus() != StatusKebutuhan.TERBUKA) {
          continue;
        }
        Pelaksana pelaksana = matriks.get(butuh.getJenis());
        if (pelaksana == null) {
          tanpaPelaksana.merge(butuh.getJenis(), 1, Integer::sum);
        } else {
          baru.add(new Intervensi(run.getId(), k.getId(), putaran, butuh.getJenis(), pelaksana, sekarang));
          diproses.add(butuh);
        }
      }
    }
    if (!tanpaPelaksana.isEmpty()) {
      throw new FormValidationException(tanpaPelaksana.entrySet().stream()
          .map(e -> new Pelanggaran(matriksDibaca.daftar() ? variabel : e.getKey().variabelPelaksana(),
              matriksDibaca.daftar() ? label : "OPD atau mitra pelaksana " + e.getKey().label(),
              Pelanggaran.REQUIRED, e.getValue() + " KK membutuhkan '" + e.getKey().label()
                  + "', tetapi Matriks Kontribusi belum menunjuk pelaksananya"))
          .toList());
    }
    diproses.forEach(b -> b.ubah(StatusKebutuhan.DIPROSES, sekarang));
    intervensi.saveAll(baru);
  }
}
