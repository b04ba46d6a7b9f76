package id.alursop.kampungnol;

import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The intervention plan: from the Matriks Kontribusi of stage 4 (who meets which need), one
 * intervention per household still in extreme poverty and per need; a new round after each
 * Monev that continues the programme.
 */
@Component("rencanaIntervensi")
public class RencanaIntervensi {

  private final ProgramKampungNol programs;
  private final KeluargaRepository keluarga;
  private final IntervensiRepository intervensi;

  public RencanaIntervensi(ProgramKampungNol programs, KeluargaRepository keluarga, IntervensiRepository intervensi) {
    this.programs = programs;
    this.keluarga = keluarga;
    this.intervensi = intervensi;
  }

  /** Stage 4 done: the first round of interventions. */
  public void susun(DelegateExecution execution) {
    buatPutaran(execution, 1);
  }

  /** After a Monev that continues: the next round for the households still poor. */
  public void susunLanjutan(DelegateExecution execution) {
    Program run = programs.dari(execution);
    buatPutaran(execution, intervensi.putaranTerakhir(run.getId()) + 1);
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

  private void buatPutaran(DelegateExecution execution, int putaran) {
    Program run = programs.dari(execution);
    Map<Kebutuhan, String> matriks = new EnumMap<>(Kebutuhan.class);
    for (Kebutuhan k : Kebutuhan.values()) {
      String pelaksana = Variabel.teks(execution, k.variabelPelaksana());
      if (!pelaksana.isEmpty()) {
        matriks.put(k, pelaksana);
      }
    }
    Map<Kebutuhan, Integer> tanpaPelaksana = new EnumMap<>(Kebutuhan.class);
    List<Intervensi> baru = new ArrayList<>();
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    for (Keluarga k : keluarga.findByProgramIdAndStatusOrderById(run.getId(), StatusKeluarga.MISKIN_EKSTREM)) {
      for (Kebutuhan kebutuhan : k.getKebutuhan()) {
        String pelaksana = matriks.get(kebutuhan);
        if (pelaksana == null) {
          tanpaPelaksana.merge(kebutuhan, 1, Integer::sum);
        } else {
          baru.add(new Intervensi(run.getId(), k.getId(), putaran, kebutuhan, pelaksana, sekarang));
        }
      }
    }
    if (!tanpaPelaksana.isEmpty()) {
      throw new FormValidationException(tanpaPelaksana.entrySet().stream()
          .map(e -> new Pelanggaran(e.getKey().variabelPelaksana(), "OPD/mitra pelaksana " + e.getKey().label(),
              "required", e.getValue() + " KK membutuhkan '" + e.getKey().label()
                  + "', tetapi Matriks Kontribusi belum menunjuk pelaksananya"))
          .toList());
    }
    intervensi.saveAll(baru);
  }
}
