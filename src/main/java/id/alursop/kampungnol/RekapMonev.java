package id.alursop.kampungnol;

import id.alursop.sop.NilaiProses;
import id.alursop.kalender.KalenderInstansi;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the Monev decides on, shown before the decision (stage 7): per household its status after
 * the latest survey, its needs and their status, its interventions done and open, the date of
 * that survey; each open intervention with its performer's latest progress report; and the totals.
 * Set on the Monev task when it is created, as task-local variables its form shows read-only
 * ({@code rekapKeluarga}, a table; {@code rekapJumlah…}).
 */
@Component("rekapMonev")
public class RekapMonev {

  private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ProgramKampungNol programs;
  private final KeluargaRepository keluarga;
  private final IntervensiRepository intervensi;
  private final RiwayatStatusRepository riwayat;
  private final KebutuhanKeluargaRepository kebutuhan;
  private final LaporanKemajuanRepository laporan;
  private final RencanaIntervensi rencana;
  private final KalenderInstansi kalender;

  public RekapMonev(ProgramKampungNol programs, KeluargaRepository keluarga, IntervensiRepository intervensi,
      RiwayatStatusRepository riwayat, KebutuhanKeluargaRepository kebutuhan, LaporanKemajuanRepository laporan,
      RencanaIntervensi rencana, KalenderInstansi kalender) {
    this.programs = programs;
    this.keluarga = keluarga;
    this.intervensi = intervensi;
    this.riwayat = riwayat;
    this.kebutuhan = kebutuhan;
    this.laporan = laporan;
    this.rencana = rencana;
    this.kalender = kalender;
  }

  /** Sets the recap on the Monev task (create listener). */
  public void siapkan(DelegateTask task) {
    Program run = programs.dari(task.getExecution());
    ZoneId zona = kalender.untuk(task.getTenantId()).zona();
    List<Intervensi> semua = intervensi.findByProgramIdOrderById(run.getId());
    Map<Long, List<Intervensi>> perKeluarga = semua.stream().collect(Collectors.groupingBy(Intervensi::getKeluargaId));
    List<Keluarga> daftar = keluarga.findByProgramIdOrderById(run.getId());
    Map<Long, List<KebutuhanKeluarga>> kebutuhanPerKeluarga = kebutuhan
        .findByKeluargaIdInOrderById(daftar.stream().map(Keluarga::getId).toList()).stream()
        .collect(Collectors.groupingBy(KebutuhanKeluarga::getKeluargaId));
    List<Map<String, Object>> baris = daftar.stream().map(k -> {
      List<Intervensi> milik = perKeluarga.getOrDefault(k.getId(), List.of());
      long terbuka = milik.stream().filter(RekapMonev::terbuka).count();
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("keluarga", KeluargaSasaran.kasus(k));
      b.put("status", label(k.getStatus()));
      b.put("kebutuhan", kebutuhanPerKeluarga.getOrDefault(k.getId(), List.of()).stream()
          .map(n -> n.getJenis().label() + ": " + n.getStatus().label()).collect(Collectors.joining("; ")));
      b.put("intervensiSelesai", milik.size() - terbuka);
      b.put("intervensiTerbuka", terbuka);
      b.put("surveiTerakhir", riwayat.findByKeluargaIdOrderById(k.getId()).stream()
          .filter(r -> r.getSumber() == RiwayatStatus.Sumber.SURVEI_ULANG).reduce((a, c) -> c)
          .map(r -> TANGGAL.format(r.getDicatatPada().atZone(zona))).orElse("-"));
      return b;
    }).toList();
    task.setVariableLocal("rekapKeluarga", NilaiProses.json(baris));
    task.setVariableLocal("rekapJumlahKk", daftar.size());
    task.setVariableLocal("rekapJumlahMasihMiskin",
        (int) daftar.stream().filter(k -> k.getStatus() == StatusKeluarga.MISKIN_EKSTREM).count());
    task.setVariableLocal("rekapJumlahIntervensiTerbuka", (int) semua.stream().filter(RekapMonev::terbuka).count());
    task.setVariableLocal("rekapJumlahKebutuhanTerbuka", (int) kebutuhanPerKeluarga.values().stream()
        .flatMap(List::stream).filter(n -> n.getStatus() == StatusKebutuhan.TERBUKA).count());
    task.setVariableLocal("rekapIntervensi", NilaiProses.json(rekapIntervensi(semua, daftar, zona)));
    task.setVariableLocal(RencanaIntervensi.PILIHAN_PIHAK, rencana.pilihanPihak(task));
  }

  /** The open interventions with their performer and latest monthly progress report. */
  private List<Map<String, Object>> rekapIntervensi(List<Intervensi> semua, List<Keluarga> daftar, ZoneId zona) {
    List<Intervensi> terbuka = semua.stream().filter(RekapMonev::terbuka).toList();
    Map<Long, LaporanKemajuan> terakhir = new LinkedHashMap<>();
    laporan.findByIntervensiIdInOrderById(terbuka.stream().map(Intervensi::getId).toList())
        .forEach(l -> terakhir.put(l.getIntervensiId(), l));
    Map<Long, Keluarga> keluargaId = daftar.stream().collect(Collectors.toMap(Keluarga::getId, k -> k));
    return terbuka.stream().map(i -> {
      Map<String, Object> b = new LinkedHashMap<>();
      Keluarga k = keluargaId.get(i.getKeluargaId());
      b.put("intervensi", i.getJenis().label() + (k == null ? "" : " · " + KeluargaSasaran.kasus(k)));
      b.put("pelaksana", i.getPelaksana());
      LaporanKemajuan l = terakhir.get(i.getId());
      b.put("laporanTerakhir", l == null ? "Belum ada laporan"
          : TANGGAL.format(l.getDilaporkanPada().atZone(zona))
              + (l.getPersenCapaian() == null ? "" : " (" + l.getPersenCapaian() + "%)") + ": " + l.getKemajuan());
      return b;
    }).toList();
  }

  private static boolean terbuka(Intervensi i) {
    return i.getStatus().terbuka();
  }

  static String label(StatusKeluarga status) {
    return switch (status) {
      case MISKIN_EKSTREM -> "Masih miskin ekstrem";
      case TIDAK_MISKIN_EKSTREM -> "Tidak lagi miskin ekstrem";
      case BELUM_DIVERIFIKASI -> "Belum diverifikasi";
    };
  }
}
