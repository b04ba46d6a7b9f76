package id.alursop.kampungnol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.kalender.KalenderInstansi;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * What the Monev decides on, shown before the decision (stage 7): per household its status after
 * the latest survey, its interventions done and open, the date of that survey; and the totals.
 * Set on the Monev task when it is created, as task-local variables its form shows read-only
 * ({@code rekapKeluarga}, a table; {@code rekapJumlah…}).
 */
@Component("rekapMonev")
public class RekapMonev {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ProgramKampungNol programs;
  private final KeluargaRepository keluarga;
  private final IntervensiRepository intervensi;
  private final RiwayatStatusRepository riwayat;
  private final KalenderInstansi kalender;

  public RekapMonev(ProgramKampungNol programs, KeluargaRepository keluarga, IntervensiRepository intervensi,
      RiwayatStatusRepository riwayat, KalenderInstansi kalender) {
    this.programs = programs;
    this.keluarga = keluarga;
    this.intervensi = intervensi;
    this.riwayat = riwayat;
    this.kalender = kalender;
  }

  /** Sets the recap on the Monev task (create listener). */
  public void siapkan(DelegateTask task) {
    Program run = programs.dari(task.getExecution());
    ZoneId zona = kalender.untuk(task.getTenantId()).zona();
    List<Intervensi> semua = intervensi.findByProgramIdOrderById(run.getId());
    List<Map<String, Object>> baris = keluarga.findByProgramIdOrderById(run.getId()).stream().map(k -> {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("keluarga", KeluargaSasaran.kasus(k));
      b.put("status", label(k.getStatus()));
      b.put("intervensiSelesai", semua.stream().filter(i -> i.getKeluargaId().equals(k.getId())
          && i.getStatus() != StatusIntervensi.RENCANA).count());
      b.put("intervensiTerbuka", semua.stream().filter(i -> i.getKeluargaId().equals(k.getId())
          && i.getStatus() == StatusIntervensi.RENCANA).count());
      b.put("surveiTerakhir", riwayat.findByKeluargaIdOrderById(k.getId()).stream()
          .filter(r -> r.getSumber() == RiwayatStatus.Sumber.SURVEI_ULANG).reduce((a, c) -> c)
          .map(r -> TANGGAL.format(r.getDicatatPada().atZone(zona))).orElse("-"));
      return b;
    }).toList();
    task.setVariableLocal("rekapKeluarga", json(baris));
    task.setVariableLocal("rekapJumlahKk", baris.size());
    task.setVariableLocal("rekapJumlahMasihMiskin",
        (int) baris.stream().filter(b -> label(StatusKeluarga.MISKIN_EKSTREM).equals(b.get("status"))).count());
    task.setVariableLocal("rekapJumlahIntervensiTerbuka",
        (int) semua.stream().filter(i -> i.getStatus() == StatusIntervensi.RENCANA).count());
  }

  static String label(StatusKeluarga status) {
    return switch (status) {
      case MISKIN_EKSTREM -> "Masih miskin ekstrem";
      case TIDAK_MISKIN_EKSTREM -> "Tidak lagi miskin ekstrem";
      case BELUM_DIVERIFIKASI -> "Belum diverifikasi";
    };
  }

  private static Object json(Object nilai) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(nilai)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
