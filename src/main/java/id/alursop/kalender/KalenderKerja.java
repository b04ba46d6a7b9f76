package id.alursop.kalender;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Working time of one agency: its working hours, its time zone and its days off (weekends by
 * the hours, national holidays, cuti bersama and regional holidays by the predicate).
 */
public final class KalenderKerja {

  private static final int BATAS_HARI = 366 * 20;

  private final JamKerja jam;
  private final ZoneId zona;
  private final Predicate<LocalDate> libur;

  public KalenderKerja(JamKerja jam, ZoneId zona, Predicate<LocalDate> libur) {
    this.jam = jam;
    this.zona = zona;
    this.libur = libur;
  }

  /** When work begins on a day: its first working hour (midnight on a day without hours). */
  public Instant awalHari(LocalDate tanggal) {
    return jam.pada(tanggal.getDayOfWeek()).stream().map(JamKerja.Rentang::mulai).min(LocalTime::compareTo)
        .orElse(LocalTime.MIDNIGHT).atDate(tanggal).atZone(zona).toInstant();
  }

  public ZoneId zona() {
    return zona;
  }

  public boolean hariKerja(LocalDate tanggal) {
    return !jam.pada(tanggal.getDayOfWeek()).isEmpty() && !libur.test(tanggal);
  }

  /** The moment a duration of working time after {@code mulai} ends. */
  public Instant tambah(Instant mulai, DurasiKerja durasi) {
    ZonedDateTime awal = mulai.atZone(zona).plusYears(durasi.tahun()).plusMonths(durasi.bulan());
    if (durasi.hanyaKalender()) {
      return awal.toInstant();
    }
    Duration sisa = jam.hariKerja().multipliedBy(durasi.hariKerja()).plusSeconds(durasi.detikKerja());
    return tambah(awal.toLocalDateTime(), sisa).atZone(zona).toInstant();
  }

  private LocalDateTime tambah(LocalDateTime dari, Duration sisa) {
    LocalDate hari = dari.toLocalDate();
    LocalTime jamSekarang = dari.toLocalTime();
    for (int i = 0; i < BATAS_HARI; i++, hari = hari.plusDays(1), jamSekarang = LocalTime.MIN) {
      if (!hariKerja(hari)) {
        continue;
      }
      for (JamKerja.Rentang rentang : jam.pada(hari.getDayOfWeek())) {
        if (!jamSekarang.isBefore(rentang.selesai())) {
          continue;
        }
        LocalTime mulai = jamSekarang.isAfter(rentang.mulai()) ? jamSekarang : rentang.mulai();
        Duration tersedia = Duration.between(mulai, rentang.selesai());
        if (sisa.compareTo(tersedia) <= 0) {
          return hari.atTime(mulai.plus(sisa));
        }
        sisa = sisa.minus(tersedia);
        jamSekarang = rentang.selesai();
      }
    }
    throw new IllegalStateException("Tidak ada hari kerja dalam " + BATAS_HARI + " hari");
  }

  /** The working time between two moments (zero when {@code sampai} is not after {@code dari}). */
  public Duration waktuKerja(Instant dari, Instant sampai) {
    if (!sampai.isAfter(dari)) {
      return Duration.ZERO;
    }
    LocalDateTime a = dari.atZone(zona).toLocalDateTime();
    LocalDateTime b = sampai.atZone(zona).toLocalDateTime();
    Duration total = Duration.ZERO;
    for (LocalDate hari = a.toLocalDate(); !hari.isAfter(b.toLocalDate()); hari = hari.plusDays(1)) {
      if (!hariKerja(hari)) {
        continue;
      }
      for (JamKerja.Rentang rentang : jam.pada(hari.getDayOfWeek())) {
        LocalDateTime mulai = max(hari.atTime(rentang.mulai()), a);
        LocalDateTime selesai = min(hari.atTime(rentang.selesai()), b);
        if (selesai.isAfter(mulai)) {
          total = total.plus(Duration.between(mulai, selesai));
        }
      }
    }
    return total;
  }

  private static LocalDateTime max(LocalDateTime x, LocalDateTime y) {
    return x.isAfter(y) ? x : y;
  }

  private static LocalDateTime min(LocalDateTime x, LocalDateTime y) {
    return x.isBefore(y) ? x : y;
  }
}
