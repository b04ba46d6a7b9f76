package id.alursop.kampungnol;

import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Kelompok;
import id.alursop.validation.FormList;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The intervention plan: from the Matriks Kontribusi of stage 4 (which party meets which need),
 * one intervention per household still in extreme poverty and per need, each a task for that
 * party's group alone; a new round after each Monev that continues the programme.
 *
 * <p>The matrix is the form list {@code matriksKontribusi}, rows {@code {kebutuhan, pelaksana}},
 * the performer one of the agency's parties ({@code pihak} in {@code organisasi/<agency>.yaml}),
 * offered to the form as the task variable {@code pilihanPihak}. A programme whose matrix was
 * typed before (free text per need, {@code pelaksanaHunian} …, no list) keeps its text; its
 * interventions go to OPD terkait and Mitra as they did.
 */
@Component("rencanaIntervensi")
public class RencanaIntervensi {

  /** The form list of the matrix. */
  static final String MATRIKS = "matriksKontribusi";
  static final String LABEL_MATRIKS = "Matriks Kontribusi";
  /** The performer select's options ({@code valuesKey} in the form), local to the stage 4 task. */
  static final String PILIHAN_PIHAK = "pilihanPihak";
  /** Who worked every intervention before the matrix chose parties. */
  static final String KELOMPOK_SEBELUMNYA = "bogor-opd-terkait,bogor-mitra";

  private final ProgramKampungNol programs;
  private final KeluargaRepository keluarga;
  private final IntervensiRepository intervensi;
  private final DaftarInstansi instansi;

  public RencanaIntervensi(ProgramKampungNol programs, KeluargaRepository keluarga, IntervensiRepository intervensi,
      DaftarInstansi instansi) {
    this.programs = programs;
    this.keluarga = keluarga;
    this.intervensi = intervensi;
    this.instansi = instansi;
  }

  /**
   * The options of the matrix's performer select: the parties of the task's agency, as form-js
   * options {@code [{"label": name, "value": group}]} in a Json value (Tasklist hands it to the
   * form, whose select names it in {@code valuesKey}).
   */
  public TypedValue pilihanPihak(DelegateTask task) {
    return Variabel.json(instansi.pihak(task.getTenantId()).stream()
        .map(k -> Map.of("label", k.nama(), "value", k.id())).toList());
  }

  /** Stage 4 done: the matrix checked, then the first round of interventions. */
  public void susun(DelegateExecution execution) {
    buatPutaran(execution, matriks(execution, true), 1);
  }

  /** After a Monev that continues: the next round for the households still poor. */
  public void susunLanjutan(DelegateExecution execution) {
    Program run = programs.dari(execution);
    buatPutaran(execution, matriks(execution, false), intervensi.putaranTerakhir(run.getId()) + 1);
  }

  /** The group a stage 6 task is for: the intervention's party, else (a matrix of free text) OPD terkait and Mitra. */
  public String kelompok(String intervensiId) {
    return intervensi.findById(Long.valueOf(intervensiId)).map(Intervensi::getKelompok).orElse(KELOMPOK_SEBELUMNYA);
  }

  /** The open interventions (stage 6 multi-instance collection), as ids. */
  public List<String> terbuka(DelegateExecution execution) {
    return intervensi.findByProgramIdAndStatusOrderById(programs.dari(execution).getId(), StatusIntervensi.RENCANA)
        .stream().map(i -> String.valueOf(i.getId())).toList();
  }

  /** What an intervention is about, shown read-only in the stage 6 form. */
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

  /** Stage 6, one intervention: its result and report. */
  public void catatHasil(DelegateExecution execution) {
    Intervensi i = intervensi.findById(Long.valueOf(Variabel.teks(execution, "intervensiId"))).orElseThrow();
    i.catatHasil(StatusIntervensi.dariHasil(Variabel.teks(execution, "hasilIntervensi")),
        Variabel.tanggal(execution, "tanggalPelaksanaan"), Variabel.teks(execution, "laporanPelaksanaan"),
        Variabel.pengguna(execution));
  }

  /**
   * Who meets which need. From the form list; when the instance has no list but the free-text
   * fields of before, from those. {@code periksa}: refuse (400, naming row and field) a need that
   * is unknown or twice in the matrix and a performer that is not one of the agency's parties;
   * else (a later round) read what was accepted at stage 4.
   */
  private Matriks matriks(DelegateExecution execution, boolean periksa) {
    Object nilai = execution.getVariable(MATRIKS);
    Map<Kebutuhan, Pelaksana> matriks = new EnumMap<>(Kebutuhan.class);
    if (nilai == null && Kebutuhan.stream().anyMatch(k -> execution.getVariable(k.variabelPelaksana()) != null)) {
      for (Kebutuhan k : Kebutuhan.values()) {
        String pelaksana = Variabel.teks(execution, k.variabelPelaksana());
        if (!pelaksana.isEmpty()) {
          matriks.put(k, Pelaksana.teks(pelaksana));
        }
      }
      return new Matriks(matriks, false);
    }
    List<Map<String, Object>> baris;
    try {
      baris = FormList.rows(nilai);
    } catch (IllegalArgumentException e) {
      throw new FormValidationException(List.of(new Pelanggaran(MATRIKS, LABEL_MATRIKS, Pelanggaran.TYPE,
          LABEL_MATRIKS + " harus berupa daftar (JSON array)")));
    }
    Map<String, Kelompok> pihak = new LinkedHashMap<>();
    instansi.pihak(execution.getTenantId()).forEach(k -> pihak.put(k.id(), k));
    List<Pelanggaran> salah = new ArrayList<>();
    Map<Kebutuhan, Integer> barisKebutuhan = new EnumMap<>(Kebutuhan.class);
    for (int i = 0; i < baris.size(); i++) {
      String nilaiKebutuhan = teks(baris.get(i).get("kebutuhan"));
      String kelompok = teks(baris.get(i).get("pelaksana"));
      Optional<Kebutuhan> kebutuhan = Kebutuhan.dariNilai(nilaiKebutuhan);
      if (kebutuhan.isEmpty()) {
        salah.add(Pelanggaran.inRow(MATRIKS, LABEL_MATRIKS, i, "kebutuhan", "Kebutuhan", Pelanggaran.VALUES,
            "Kebutuhan tidak termasuk kebutuhan dasar Pedoman Teknis"));
        continue;
      }
      Integer sebelumnya = barisKebutuhan.putIfAbsent(kebutuhan.get(), i);
      if (sebelumnya != null) {
        salah.add(Pelanggaran.inRow(MATRIKS, LABEL_MATRIKS, i, "kebutuhan", "Kebutuhan", Pelanggaran.VALUES,
            "Kebutuhan '" + kebutuhan.get().label() + "' sudah ada di baris " + (sebelumnya + 1)
                + "; satu pelaksana per kebutuhan"));
        continue;
      }
      Kelompok pihakDipilih = pihak.get(kelompok);
      if (pihakDipilih != null) {
        matriks.put(kebutuhan.get(), new Pelaksana(pihakDipilih.id(), pihakDipilih.nama()));
      } else if (!periksa && !kelompok.isEmpty()) {
        matriks.put(kebutuhan.get(), new Pelaksana(kelompok, instansi.namaKelompok(kelompok)));
      } else {
        salah.add(Pelanggaran.inRow(MATRIKS, LABEL_MATRIKS, i, "pelaksana", "OPD/mitra pelaksana", Pelanggaran.VALUES,
            kelompok.isEmpty() ? "OPD/mitra pelaksana wajib dipilih"
                : "OPD/mitra pelaksana harus salah satu OPD atau mitra dalam daftar pihak instansi"));
      }
    }
    if (!salah.isEmpty()) {
      throw new FormValidationException(salah);
    }
    return new Matriks(matriks, true);
  }

  private static String teks(Object nilai) {
    return nilai == null ? "" : nilai.toString().trim();
  }

  /** The matrix read: need → performer; {@code daftar}: from the form list (else the former free text). */
  private record Matriks(Map<Kebutuhan, Pelaksana> pelaksana, boolean daftar) {
  }

  private void buatPutaran(DelegateExecution execution, Matriks matriksDibaca, int putaran) {
    Program run = programs.dari(execution);
    Map<Kebutuhan, Pelaksana> matriks = matriksDibaca.pelaksana();
    Map<Kebutuhan, Integer> tanpaPelaksana = new EnumMap<>(Kebutuhan.class);
    List<Intervensi> baru = new ArrayList<>();
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    for (Keluarga k : keluarga.findByProgramIdAndStatusOrderById(run.getId(), StatusKeluarga.MISKIN_EKSTREM)) {
      for (Kebutuhan kebutuhan : k.getKebutuhan()) {
        Pelaksana pelaksana = matriks.get(kebutuhan);
        if (pelaksana == null) {
          tanpaPelaksana.merge(kebutuhan, 1, Integer::sum);
        } else {
          baru.add(new Intervensi(run.getId(), k.getId(), putaran, kebutuhan, pelaksana, sekarang));
        }
      }
    }
    if (!tanpaPelaksana.isEmpty()) {
      throw new FormValidationException(tanpaPelaksana.entrySet().stream()
          .map(e -> new Pelanggaran(matriksDibaca.daftar() ? MATRIKS : e.getKey().variabelPelaksana(),
              matriksDibaca.daftar() ? LABEL_MATRIKS : "OPD/mitra pelaksana " + e.getKey().label(),
              Pelanggaran.REQUIRED, e.getValue() + " KK membutuhkan '" + e.getKey().label()
                  + "', tetapi Matriks Kontribusi belum menunjuk pelaksananya"))
          .toList());
    }
    intervensi.saveAll(baru);
  }
}
