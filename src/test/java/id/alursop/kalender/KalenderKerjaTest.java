package id.alursop.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working time in WIB with the civil servants' hours and the shipped holidays and cuti bersama. */
class KalenderKerjaTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final DaftarHariLibur LIBUR =
      new DaftarHariLibur(DaftarHariLibur.muatNasional("classpath*:kalender/libur-*.yaml"), null);
  private static final KalenderKerja KALENDER =
      new KalenderKerja(JamKerja.pns(), WIB, tanggal -> LIBUR.libur(tanggal, null));

  @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
  @CsvSource(delimiter = '|', value = {
      "Friday 15:00, over the weekend         | 2026-01-09T15:00 | PT300M | 2026-01-12T11:00",
      "within the morning                     | 2026-01-08T08:00 | PT60M  | 2026-01-08T09:00",
      "over the lunch break                   | 2026-01-08T11:30 | PT60M  | 2026-01-08T13:30",
      "starting in the break                  | 2026-01-08T12:30 | PT60M  | 2026-01-08T14:00",
      "Friday's longer break                  | 2026-01-09T11:00 | PT60M  | 2026-01-09T13:30",
      "outside working hours, at night        | 2026-01-08T20:00 | PT30M  | 2026-01-09T08:00",
      "before the office opens                | 2026-01-08T06:00 | PT30M  | 2026-01-08T08:00",
      "on a Saturday                          | 2026-01-10T10:00 | PT30M  | 2026-01-12T08:00",
      "on a national holiday (17 Agustus)     | 2026-08-17T09:00 | PT60M  | 2026-08-18T08:30",
      "ends exactly at closing time           | 2026-01-08T13:00 | PT180M | 2026-01-08T16:00",
      "one working day keeps the time of day  | 2026-01-06T10:00 | P1D    | 2026-01-07T10:00",
      "two days over Nyepi and Idulfitri      | 2026-03-17T10:00 | P2D    | 2026-03-26T10:00",
      "two days across the year end           | 2026-12-30T14:00 | P2D    | 2027-01-04T14:00",
      "one week = five working days           | 2026-12-01T08:00 | P1W    | 2026-12-08T08:00",
      "upper bound of 30-60 hari              | 2026-12-01T08:00 | P60D   | 2027-03-02T08:00",
      "a month stays a calendar month         | 2026-01-31T10:00 | P1M    | 2026-02-28T10:00",
      "hours count working hours              | 2026-01-09T16:00 | PT1H   | 2026-01-12T08:00"})
  void dueAfterWorkingTime(String kasus, LocalDateTime mulai, String durasi, LocalDateTime jatuhTempo) {
    assertThat(KALENDER.tambah(mulai.atZone(WIB).toInstant(), DurasiKerja.parse(durasi)))
        .isEqualTo(jatuhTempo.atZone(WIB).toInstant());
  }

  @Test
  void workingTimeBetween_skipsBreaksNightsWeekendsAndHolidays() {
    Instant friday = LocalDateTime.parse("2026-01-09T15:00").atZone(WIB).toInstant();
    Instant monday = LocalDateTime.parse("2026-01-12T11:00").atZone(WIB).toInstant();
    assertThat(KALENDER.waktuKerja(friday, monday)).isEqualTo(Duration.ofMinutes(300));
    Instant beforeLebaran = LocalDateTime.parse("2026-03-17T16:00").atZone(WIB).toInstant();
    Instant afterLebaran = LocalDateTime.parse("2026-03-25T07:30").atZone(WIB).toInstant();
    assertThat(KALENDER.waktuKerja(beforeLebaran, afterLebaran)).isZero();
    assertThat(KALENDER.waktuKerja(monday, friday)).isZero();
  }

  @Test
  void otherZoneAndHours_perAgency() {
    KalenderProperties.Instansi wit = new KalenderProperties.Instansi(ZoneId.of("Asia/Jayapura"),
        java.util.Map.of(java.time.DayOfWeek.SATURDAY, java.util.List.of("08:00-12:00")));
    KalenderKerja papua = new KalenderKerja(wit.jamKerja(), wit.zona(), tanggal -> false);
    Instant saturday = LocalDateTime.parse("2026-01-10T11:00").atZone(ZoneId.of("Asia/Jayapura")).toInstant();
    assertThat(papua.tambah(saturday, DurasiKerja.parse("PT2H")))
        .isEqualTo(LocalDateTime.parse("2026-01-17T09:00").atZone(ZoneId.of("Asia/Jayapura")).toInstant());
  }
}
