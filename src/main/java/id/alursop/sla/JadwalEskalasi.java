package id.alursop.sla;

import id.alursop.kalender.DurasiKerja;
import id.alursop.kalender.KalenderKerja;
import id.alursop.sop.StandarWaktu;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * When each escalation level of a step falls, in the agency's working time: the due date after
 * the standard, the supervisor half a standard later (at least one working hour), the head at
 * twice the standard; for a range, a reminder at its lower bound too.
 */
public final class JadwalEskalasi {

  private static final DurasiKerja SATU_JAM = DurasiKerja.parse("PT1H");

  private JadwalEskalasi() {
  }

  /**
   * The moments of every level of a step created at {@code dibuat}.
   *
   * @param waktu the step's standard, resolved ({@link StandarWaktu#tentukan}): a duration or a cycle
   */
  public static Map<TingkatEskalasi, Instant> hitung(KalenderKerja kalender, Instant dibuat, StandarWaktu waktu) {
    DurasiKerja standar = waktu.durasi();
    Map<TingkatEskalasi, Instant> jadwal = new EnumMap<>(TingkatEskalasi.class);
    waktu.bawah().ifPresent(bawah -> jadwal.put(TingkatEskalasi.PENGINGAT_BATAS_BAWAH,
        kalender.tambah(dibuat, bawah.durasi())));
    Instant jatuhTempo = kalender.tambah(dibuat, standar);
    jadwal.put(TingkatEskalasi.PENGINGAT, jatuhTempo);
    Instant atasan = tambahSetengah(kalender, dibuat, jatuhTempo, standar);
    Instant minimal = kalender.tambah(jatuhTempo, SATU_JAM);
    jadwal.put(TingkatEskalasi.ATASAN, atasan.isBefore(minimal) ? minimal : atasan);
    jadwal.put(TingkatEskalasi.KEPALA, kalender.tambah(jatuhTempo, standar));
    return jadwal;
  }

  /** Half the standard after the due date: working time for working parts, calendar time else. */
  private static Instant tambahSetengah(KalenderKerja kalender, Instant dibuat, Instant jatuhTempo, DurasiKerja standar) {
    if (standar.hanyaKalender()) {
      return jatuhTempo.plus(Duration.between(dibuat, jatuhTempo).dividedBy(2));
    }
    long detik = kalender.waktuKerja(dibuat, jatuhTempo).getSeconds();
    return kalender.tambah(jatuhTempo, new DurasiKerja(0, 0, 0, detik / 2));
  }
}
