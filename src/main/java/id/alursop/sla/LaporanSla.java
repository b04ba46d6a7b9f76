package id.alursop.sla;

import id.alursop.kalender.KalenderInstansi;
import id.alursop.kalender.KalenderKerja;
import id.alursop.sop.SopLangkah;
import id.alursop.sop.SopProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Service;

/**
 * SLA compliance per SOP step over a period, from the engine's history and the same working
 * calendar as the due dates: completed, on time, late, median and 90th percentile of the working
 * time taken, escalations raised. Runs as the caller: each agency sees only its own SOPs.
 */
@Service
public class LaporanSla {

  private static final int HALAMAN = 1000;

  private final HistoryService history;
  private final RepositoryService repository;
  private final KalenderInstansi kalender;
  private final PeringatanSlaRepository peringatan;

  public LaporanSla(HistoryService history, RepositoryService repository, KalenderInstansi kalender,
      PeringatanSlaRepository peringatan) {
    this.history = history;
    this.repository = repository;
    this.kalender = kalender;
    this.peringatan = peringatan;
  }

  /** One step's figures. Hours are working hours. */
  public record BarisLaporan(String langkah, String taskDefinitionKey, String namaLangkah, String standar,
      long selesai, long tepatWaktu, long terlambat, Double medianJamKerja, Double p90JamKerja, long eskalasi) {
  }

  public List<BarisLaporan> susun(String processKey, Instant dari, Instant sampai) {
    ProcessDefinition terbaru = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    if (terbaru == null) {
      throw new IllegalArgumentException("SOP '" + processKey + "' tidak ditemukan");
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(terbaru.getId());
    KalenderKerja kerja = kalender.untuk(kalender.instansi(processKey, terbaru.getTenantId()));
    Map<String, List<HistoricTaskInstance>> perLangkah = new LinkedHashMap<>();
    for (int first = 0; ; first += HALAMAN) {
      List<HistoricTaskInstance> halaman = history.createHistoricTaskInstanceQuery().processDefinitionKey(processKey)
          .finished().finishedAfter(Date.from(dari)).finishedBefore(Date.from(sampai))
          .orderByHistoricActivityInstanceStartTime().asc().listPage(first, HALAMAN);
      halaman.stream().filter(t -> t.getDeleteReason() == null || "completed".equals(t.getDeleteReason()))
          .forEach(t -> perLangkah.computeIfAbsent(t.getTaskDefinitionKey(), k -> new ArrayList<>()).add(t));
      if (halaman.size() < HALAMAN) {
        break;
      }
    }
    List<BarisLaporan> laporan = new ArrayList<>();
    perLangkah.forEach((key, tugas) -> {
      List<Duration> lama = tugas.stream()
          .map(t -> kerja.waktuKerja(t.getStartTime().toInstant(), t.getEndTime().toInstant())).sorted().toList();
      long terlambat = tugas.stream().filter(t -> t.getDueDate() != null && t.getEndTime().after(t.getDueDate())).count();
      long berstandar = tugas.stream().filter(t -> t.getDueDate() != null).count();
      long eskalasi = peringatan.countEskalasi(processKey, key, dari, sampai);
      laporan.add(new BarisLaporan(SopLangkah.properti(model, key, SopProperties.LANGKAH).orElse(null), key,
          tugas.get(tugas.size() - 1).getName(), SopLangkah.properti(model, key, SopProperties.WAKTU).orElse(null),
          tugas.size(), berstandar - terlambat, terlambat, jam(persentil(lama, 50)), jam(persentil(lama, 90)), eskalasi));
    });
    laporan.sort(Comparator.comparing((BarisLaporan b) -> nomor(b.langkah())).thenComparing(BarisLaporan::taskDefinitionKey));
    return laporan;
  }

  /** Nearest-rank percentile of sorted values. */
  static Duration persentil(List<Duration> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static Double jam(Duration d) {
    return d == null ? null : Math.round(d.toSeconds() / 36.0) / 100.0;
  }

  private static double nomor(String langkah) {
    try {
      return langkah == null ? Double.MAX_VALUE : Double.parseDouble(langkah);
    } catch (NumberFormatException e) {
      return Double.MAX_VALUE;
    }
  }
}
