package id.alursop.kampungnol;

import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The programme run: opened when the process starts, summed up at each Monev, closed when no
 * household is left in extreme poverty or when BAPPERIDA closes it with a reason.
 */
@Component("programKampungNol")
public class ProgramKampungNol {

  static final String PROGRAM_ID = "programId";
  static final String JUMLAH_MASIH_MISKIN = "jumlahKkMasihMiskin";
  static final String JUMLAH_INTERVENSI_TERBUKA = "jumlahIntervensiTerbuka";
  /** The programme's goal reached: no household in extreme poverty and no intervention open. */
  static final String TERCAPAI = "programTercapai";

  private final ProgramRepository program;
  private final KeluargaRepository keluarga;
  private final IntervensiRepository intervensi;

  public ProgramKampungNol(ProgramRepository program, KeluargaRepository keluarga, IntervensiRepository intervensi) {
    this.program = program;
    this.keluarga = keluarga;
    this.intervensi = intervensi;
  }

  /**
   * Start event: records the programme run (its name and period). The business key names the
   * programme until stage 1 has identified its location.
   */
  public void mulai(DelegateExecution execution) {
    String nama = Variabel.teks(execution, "namaProgram");
    LocalDate mulai = Variabel.tanggal(execution, "periodeMulai");
    LocalDate selesai = Variabel.tanggal(execution, "periodeSelesai");
    if (selesai != null && mulai != null && selesai.isBefore(mulai)) {
      throw new FormValidationException(List.of(new Pelanggaran("periodeSelesai", "Periode selesai", Pelanggaran.VALUES,
          "Periode selesai tidak boleh sebelum periode mulai")));
    }
    Program baru = program.save(new Program(execution.getProcessInstanceId(), nama.isEmpty() ? null : nama, mulai,
        selesai, ClockUtil.getCurrentTime().toInstant()));
    execution.setVariable(PROGRAM_ID, baru.getId());
    execution.setProcessBusinessKey("Kampung Nol " + (nama.isEmpty() ? "" : nama + " ") + baru.getPeriodeMulai());
  }

  /**
   * Stage 1 done: the location it identified (kelurahan, RW) is the programme's; the business key
   * names it from now on.
   */
  public void tetapkanWilayah(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Program run = dari(execution);
    run.tetapkanWilayah(Variabel.teks(execution, "kelurahan"), Variabel.teks(execution, "rw"));
    execution.setProcessBusinessKey("Kampung Nol " + run.getKelurahan() + " RW " + run.getRw() + " "
        + run.getPeriodeMulai());
  }

  /**
   * Which programme a task is about, for its card: its location once stage 1 has identified it,
   * else its name.
   */
  public String kasus(DelegateExecution execution) {
    return program.findByProcessInstanceId(execution.getProcessInstanceId()).map(p -> p.getKelurahan() != null
        ? "Kelurahan " + p.getKelurahan() + " RW " + p.getRw()
        : p.getNamaProgram() != null ? p.getNamaProgram() : "").orElse("");
  }

  /**
   * Monev: counts the households still in extreme poverty and the open interventions; the goal is
   * reached when both are none; closing before that needs a reason.
   */
  public void rekapMonev(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the step was cancelled (programme ended, need met), not completed
    }
    Program run = dari(execution);
    long masihMiskin = keluarga.countByProgramIdAndStatus(run.getId(), StatusKeluarga.MISKIN_EKSTREM);
    long terbuka = intervensi.countByProgramIdAndStatusIn(run.getId(), StatusIntervensi.TERBUKA);
    boolean tercapai = masihMiskin == 0 && terbuka == 0;
    if ("tutup".equals(Variabel.teks(execution, "keputusanMonev")) && !tercapai
        && Variabel.teks(execution, "alasanPenutupan").isEmpty()) {
      throw new FormValidationException(List.of(new Pelanggaran("alasanPenutupan", "Alasan penutupan", "required",
          "Alasan penutupan wajib diisi bila program ditutup")));
    }
    execution.setVariable(JUMLAH_MASIH_MISKIN, (int) masihMiskin);
    execution.setVariable(JUMLAH_INTERVENSI_TERBUKA, (int) terbuka);
    execution.setVariable(TERCAPAI, tercapai);
  }

  /** End: no household is left in extreme poverty. */
  public void selesai(DelegateExecution execution) {
    dari(execution).akhiri(StatusProgram.SELESAI, null, ClockUtil.getCurrentTime().toInstant());
  }

  /** End: BAPPERIDA closed the programme with a reason; its open interventions stop with it. */
  public void ditutup(DelegateExecution execution) {
    Program run = dari(execution);
    run.akhiri(StatusProgram.DITUTUP, Variabel.teks(execution, "alasanPenutupan"), ClockUtil.getCurrentTime().toInstant());
    intervensi.findByProgramIdAndStatusInOrderById(run.getId(), StatusIntervensi.TERBUKA).forEach(Intervensi::hentikan);
  }

  Program dari(DelegateExecution execution) {
    return program.findByProcessInstanceId(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("Program Kampung Nol untuk instans ini tidak ditemukan"));
  }
}
