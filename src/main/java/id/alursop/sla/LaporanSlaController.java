package id.alursop.sla;

import id.alursop.kalender.KalenderInstansi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import id.alursop.rest.Galat;
import id.alursop.rest.UnduhanCsv;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sla/report?processKey=…&from=yyyy-MM-dd&to=yyyy-MM-dd[&format=csv]}: SLA
 * compliance per step of one SOP, completions from {@code from} up to and including {@code to}.
 */
@RestController
public class LaporanSlaController {

  private final LaporanSla laporan;
  private final KalenderInstansi kalender;

  public LaporanSlaController(LaporanSla laporan, KalenderInstansi kalender) {
    this.laporan = laporan;
    this.kalender = kalender;
  }

  @GetMapping("/api/sla/report")
  public ResponseEntity<?> laporan(@RequestParam String processKey,
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
      @RequestParam(defaultValue = "json") String format) {
    if (sampai.isBefore(dari)) {
      return Galat.of(HttpStatus.BAD_REQUEST, "to", "to tidak boleh sebelum from");
    }
    List<LaporanSla.BarisLaporan> baris;
    try {
      baris = laporan.susun(processKey, awalHari(processKey, dari), awalHari(processKey, sampai.plusDays(1)));
    } catch (IllegalArgumentException e) {
      return Galat.of(HttpStatus.NOT_FOUND, e.getMessage());
    } catch (AuthorizationException e) {
      return Galat.of(HttpStatus.FORBIDDEN, "Anda tidak berhak melihat riwayat SOP ini");
    }
    if ("csv".equalsIgnoreCase(format)) {
      return UnduhanCsv.dari("laporan-sla-" + processKey + ".csv", List.of("langkah", "nama_langkah", "standar",
          "selesai", "tepat_waktu", "terlambat", "median_jam_kerja", "p90_jam_kerja", "eskalasi"),
          baris.stream().map(b -> java.util.Arrays.asList(b.langkah(), b.namaLangkah(), b.standar(), b.selesai(),
              b.tepatWaktu(), b.terlambat(), b.medianJamKerja(), b.p90JamKerja(), b.eskalasi())).toList());
    }
    return ResponseEntity.ok(Map.of("processKey", processKey, "from", dari.toString(), "to", sampai.toString(),
        "langkah", baris));
  }

  private Instant awalHari(String processKey, LocalDate tanggal) {
    return tanggal.atStartOfDay(kalender.untuk(kalender.instansi(processKey, null)).zona()).toInstant();
  }
}
